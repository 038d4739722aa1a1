//! Text for people: money, dates and counts, formatted in one place so every view
//! says the same thing the same way.

mod count;
mod date;
mod hyphen;
mod lines;
mod money;
mod period;
mod tenths;

pub use count::count;
pub use date::{date, date_long, day};
pub use lines::{cut, trim_dangling, two_lines};
pub use money::{money, usd, valuation};
pub use period::{keep_dates_whole, period};
pub use tenths::tenths;
