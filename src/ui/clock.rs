//! Today's date, from the browser's clock.

use crate::core::date::PartialDate;

/// Today in the reader's time zone, at day precision.
pub fn today() -> PartialDate {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    PartialDate::day(year, month, day).unwrap_or_else(|_| PartialDate::from_day_number(0))
}
