//! One `class` attribute for an element whose classes come and go.
//!
//! Leptos 0.8 writes a `class` string whole when it rebuilds a view in place, while a
//! `class:name` toggle given a plain `bool` adds or removes its class only when that
//! value changes (a toggle given a closure sets its class again). Lists are rebuilt by
//! position, so an element is reused for another item: its new class string wiped what
//! a plain toggle had added, and the toggle, whose value had not changed, never added it
//! back. After Play, a deal in talks was drawn as a solid line that way. The rule: never
//! pair a class string that can change with a plain-`bool` toggle. Elements whose base
//! class can change get their whole class list as one string, built here.

/// `base` followed by each name whose flag is set, separated by spaces.
pub fn class_list(base: &str, flags: &[(bool, &str)]) -> String {
    let mut list = String::from(base);
    for (_, name) in flags.iter().filter(|(set, _)| *set) {
        list.push(' ');
        list.push_str(name);
    }
    list
}
