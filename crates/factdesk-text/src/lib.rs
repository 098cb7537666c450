//! Untrusted text made safe to show in a terminal (being written).
