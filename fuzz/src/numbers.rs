//! Invariants of `factdesk_numbers::find_quantities`, shared by the `numbers`
//! fuzz target and by `crates/factdesk-numbers/tests/fuzz_regressions.rs`
//! (which includes this file with `#[path]`, so a replayed crash is judged by
//! exactly the checks that found it).

use factdesk_numbers::{Language, Quantity, find_quantities};

/// Checks one quantity against the text it was found in: its span lies on
/// char boundaries inside `text`, `quantity.text` is that slice, and its
/// numbers are finite with `low <= value <= high`.
pub fn check_quantity(text: &str, quantity: &Quantity) -> Result<(), String> {
    let (start, end) = (quantity.start, quantity.end);
    if start > end || end > text.len() {
        return Err(format!(
            "quantity {:?} span {start}..{end} is outside the text ({} bytes)",
            quantity.text,
            text.len()
        ));
    }
    for offset in [start, end] {
        if !text.is_char_boundary(offset) {
            return Err(format!(
                "quantity {:?} span {start}..{end}: offset {offset} is inside a character",
                quantity.text
            ));
        }
    }
    if text.get(start..end) != Some(quantity.text.as_str()) {
        return Err(format!(
            "quantity text {:?} is not the source slice {start}..{end} {:?}",
            quantity.text,
            text.get(start..end)
        ));
    }
    for (name, number) in [
        ("value", quantity.value),
        ("low", quantity.low),
        ("high", quantity.high),
    ] {
        if let Some(number) = number
            && !number.is_finite()
        {
            return Err(format!(
                "quantity {:?} at {start}..{end} has a non-finite {name} ({number}), which a review file cannot store",
                quantity.text
            ));
        }
    }
    if let (Some(low), Some(high)) = (quantity.low, quantity.high)
        && low > high
    {
        return Err(format!(
            "quantity {:?} at {start}..{end} has low {low} > high {high}",
            quantity.text
        ));
    }
    if let Some(value) = quantity.value {
        let below = quantity.low.is_some_and(|low| value < low);
        let above = quantity.high.is_some_and(|high| value > high);
        if below || above {
            return Err(format!(
                "quantity {:?} at {start}..{end} has value {value} outside its bounds {:?}..={:?}",
                quantity.text, quantity.low, quantity.high
            ));
        }
    }
    Ok(())
}

/// Checks a list of quantities found in `text`: each is valid on its own
/// ([`check_quantity`]) and the list is sorted by start without overlaps.
pub fn check_quantities(text: &str, quantities: &[Quantity]) -> Result<(), String> {
    for quantity in quantities {
        check_quantity(text, quantity)?;
    }
    for pair in quantities.windows(2) {
        if let [before, after] = pair
            && before.end > after.start
        {
            return Err(format!(
                "quantities out of order or overlapping: {:?} at {}..{} then {:?} at {}..{}",
                before.text, before.start, before.end, after.text, after.start, after.end
            ));
        }
    }
    Ok(())
}

/// Runs the number parser on `text` in both languages and checks every
/// result: what the `numbers` fuzz target does with each input.
pub fn check_text(text: &str) -> Result<(), String> {
    for lang in [Language::Id, Language::En] {
        let quantities = find_quantities(text, lang);
        check_quantities(text, &quantities).map_err(|err| format!("[{}] {err}", lang.code()))?;
    }
    Ok(())
}
