//! Hedges and bounds written before a number ("hampir", "more than").
//!
//! The hedge becomes part of the quantity's span and its `approx`.
//! `exactly` is kept in the span with no hedge.

use crate::Approx::{self, *};

/// Phrases (space-separated pieces, matched case-insensitively), longest first
/// within each family so "tidak kurang dari" wins over "kurang dari".
pub(crate) const HEDGES: &[(&str, Option<Approx>)] = &[
    ("tidak kurang dari", Some(AtLeast)), ("tak kurang dari", Some(AtLeast)),
    ("tidak lebih dari", Some(AtMost)), ("tak lebih dari", Some(AtMost)),
    ("lebih murah dari", Some(LessThan)), ("lebih murah daripada", Some(LessThan)),
    ("lebih mahal dari", Some(MoreThan)), ("lebih dari", Some(MoreThan)),
    ("kurang dari", Some(LessThan)), ("kurang lebih", Some(About)), ("lebih kurang", Some(About)),
    ("di atas", Some(MoreThan)), ("di bawah", Some(LessThan)), ("paling sedikit", Some(AtLeast)),
    ("paling banyak", Some(AtMost)), ("tidak sampai", Some(LessThan)), ("tak sampai", Some(LessThan)),
    ("kira - kira", Some(About)), ("sekitar", Some(About)), ("sekira", Some(About)),
    ("sekitaran", Some(About)), ("hampir", Some(Nearly)), ("nyaris", Some(Nearly)),
    ("mendekati", Some(Nearly)), ("diperkirakan", Some(Estimated)), ("ditaksir", Some(Estimated)),
    ("sedikitnya", Some(AtLeast)), ("setidaknya", Some(AtLeast)), ("minimal", Some(AtLeast)),
    ("maksimal", Some(AtMost)), ("hingga", Some(AtMost)), ("sampai", Some(AtMost)),
    ("melebihi", Some(MoreThan)), ("melewati", Some(MoreThan)),
    ("no less than", Some(AtLeast)), ("not less than", Some(AtLeast)),
    ("no more than", Some(AtMost)), ("not more than", Some(AtMost)),
    ("fewer than", Some(LessThan)), ("less than", Some(LessThan)), ("lower than", Some(LessThan)),
    ("more than", Some(MoreThan)), ("greater than", Some(MoreThan)), ("higher than", Some(MoreThan)),
    ("upwards of", Some(MoreThan)), ("just over", Some(MoreThan)), ("just under", Some(LessThan)),
    ("close to", Some(Nearly)), ("as many as", Some(AtMost)), ("up to", Some(AtMost)),
    ("at least", Some(AtLeast)), ("at most", Some(AtMost)), ("an estimated", Some(Estimated)),
    ("estimated", Some(Estimated)), ("about", Some(About)), ("around", Some(About)),
    ("roughly", Some(About)), ("approximately", Some(About)), ("some", Some(About)),
    ("nearly", Some(Nearly)), ("almost", Some(Nearly)), ("over", Some(MoreThan)),
    ("above", Some(MoreThan)), ("exceeding", Some(MoreThan)), ("under", Some(LessThan)),
    ("below", Some(LessThan)), ("±", Some(About)), ("~", Some(About)), ("exactly", None),
    ("tepat", None),
];

/// Words that open a range ("antara 10 dan 15", "from 10 to 20").
pub(crate) const RANGE_OPENERS: &[&str] = &["antara", "between", "dari", "from"];
