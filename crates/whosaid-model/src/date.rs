//! Calendar dates without a time zone, as news articles give them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar date, stored as days since 1970-01-01.
///
/// Binary formats (the store) carry the day number; human-readable ones (JSON) the
/// ISO form `2014-06-16`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            s.serialize_i32(self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("{s:?} is not a date")))
        } else {
            i32::deserialize(d).map(Date)
        }
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

impl Date {
    /// The date for a year, month (1-12) and day (1-31), or `None` if there is no such day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(-9999..=9999).contains(&year) {
            return None;
        }
        Some(Self(days_from_civil(year, month, day)))
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i32) -> Self {
        Self(days)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        self.0
    }

    /// The date of a Unix time in milliseconds (UTC).
    pub fn from_unix_ms(ms: i64) -> Self {
        Self(ms.div_euclid(86_400_000) as i32)
    }

    /// Milliseconds since the Unix epoch at the start of this day (UTC).
    pub fn start_unix_ms(self) -> i64 {
        i64::from(self.0) * 86_400_000
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// Reads the date forms found in news metadata: `2014-06-16`, `2014-06-16T10:00:00Z`,
    /// `2014/06/16`, `26-FEB-1987 15:01:01.79`, `June 16, 2014`, `16 June 2014`.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let head: String = s.chars().take(10).collect();
        // ISO forms.
        let iso: Vec<&str> = head.split(['-', '/']).collect();
        if iso.len() == 3
            && iso[0].len() == 4
            && iso
                .iter()
                .all(|p| p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty())
        {
            return Self::from_ymd(
                iso[0].parse().ok()?,
                iso[1].parse().ok()?,
                iso[2].parse().ok()?,
            );
        }
        // 26-FEB-1987
        let first = s.split_whitespace().next()?;
        let parts: Vec<&str> = first.split('-').collect();
        if parts.len() == 3 {
            if let (Ok(d), Some(m), Ok(y)) =
                (parts[0].parse(), month_number(parts[1]), parts[2].parse())
            {
                return Self::from_ymd(y, m, d);
            }
        }
        // June 16, 2014 / 16 June 2014
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() >= 3 {
            if let (Some(m), Ok(d), Ok(y)) =
                (month_number(words[0]), words[1].parse(), words[2].parse())
            {
                return Self::from_ymd(y, m, d);
            }
            if let (Ok(d), Some(m), Ok(y)) =
                (words[0].parse(), month_number(words[1]), words[2].parse())
            {
                return Self::from_ymd(y, m, d);
            }
        }
        None
    }

    /// Finds the first ISO date (`YYYY-MM-DD`) inside a longer string, such as a file name.
    pub fn find_iso(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        (0..b.len().saturating_sub(9)).find_map(|i| {
            let w = &b[i..i + 10];
            let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
            let boundary_before = i == 0 || !b[i - 1].is_ascii_digit();
            let boundary_after = b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
            if boundary_before
                && boundary_after
                && digits(0..4)
                && w[4] == b'-'
                && digits(5..7)
                && w[7] == b'-'
                && digits(8..10)
            {
                Self::parse(std::str::from_utf8(w).ok()?)
            } else {
                None
            }
        })
    }
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m) && (w.len() == 3 || full_month(m).starts_with(&w)))
        .map(|i| i as u32 + 1)
}

fn full_month(abbrev: &str) -> &'static str {
    match abbrev {
        "jan" => "january",
        "feb" => "february",
        "mar" => "march",
        "apr" => "april",
        "may" => "may",
        "jun" => "june",
        "jul" => "july",
        "aug" => "august",
        "sep" => "september",
        "oct" => "october",
        "nov" => "november",
        _ => "december",
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = (y - era * 400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i32 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(
            Date::parse(input).map(|d| d.to_string()).as_deref(),
            expected,
            "{input}"
        );
    }

    #[test]
    fn parses_news_date_forms() {
        check("2014-06-16", Some("2014-06-16"));
        check("2014-06-16T10:00:00Z", Some("2014-06-16"));
        check("2014/06/16", Some("2014-06-16"));
        check("26-FEB-1987 15:01:01.79", Some("1987-02-26"));
        check("June 13, 2014", Some("2014-06-13"));
        check("13 June 2014", Some("2014-06-13"));
        check("Sept. 11, 2001", Some("2001-09-11"));
        check("2014-02-30", None);
        check("Monday", None);
        check("", None);
        check("juneteenth 5 2020", None);
    }

    #[test]
    fn round_trips_days() {
        for days in [-800_000, -1, 0, 1, 16_237, 2_000_000] {
            let d = Date::from_days(days);
            let (y, m, dd) = d.ymd();
            assert_eq!(
                Date::from_ymd(y, m, dd).map(Date::days),
                Some(days).filter(|_| (-9999..=9999).contains(&y))
            );
        }
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::from_unix_ms(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn json_uses_iso_dates() {
        let d = Date::from_ymd(2014, 6, 16).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2014-06-16\"");
        assert_eq!(serde_json::from_str::<Date>("\"2014-06-16\"").unwrap(), d);
        assert!(serde_json::from_str::<Date>("\"June\"").is_err());
    }

    #[test]
    fn finds_iso_dates_in_file_names() {
        assert_eq!(
            Date::find_iso("pentagon-iran-iraq-2014-06-16.txt")
                .unwrap()
                .to_string(),
            "2014-06-16"
        );
        assert_eq!(Date::find_iso("no-date-here.txt"), None);
        assert_eq!(Date::find_iso("12014-06-16"), None);
    }
}
