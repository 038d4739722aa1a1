//! The colour science the palette test needs: WCAG contrast, CIEDE2000 colour
//! difference, and simulated colour-vision deficiencies.
//!
//! Written here rather than taken from a crate because it is about a hundred lines of
//! published formulas, is used only by a test, and is itself checked against the
//! published reference values below.

/// An sRGB colour, as written in the stylesheet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` or `#rgb`.
    pub fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.strip_prefix('#')?;
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match digits.len() {
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            3 => {
                let short = |i: usize| channel(&digits[i..=i]).map(|v| v * 17);
                Some(Rgb(short(0)?, short(1)?, short(2)?))
            }
            _ => None,
        }
    }

    fn linear(self) -> [f64; 3] {
        let decode = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        [decode(self.0), decode(self.1), decode(self.2)]
    }
}

/// WCAG 2 relative luminance.
fn luminance([r, g, b]: [f64; 3]) -> f64 {
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// WCAG 2 contrast ratio, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a.linear()), luminance(b.linear()));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How a reader sees colour: typical vision, or one of the three dichromacies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vision {
    Typical,
    Protan,
    Deutan,
    Tritan,
}

impl Vision {
    pub const ALL: [Vision; 4] = [
        Vision::Typical,
        Vision::Protan,
        Vision::Deutan,
        Vision::Tritan,
    ];

    /// Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB.
    fn matrix(self) -> [[f64; 3]; 3] {
        match self {
            Vision::Typical => [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            Vision::Protan => [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
            Vision::Deutan => [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
            Vision::Tritan => [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        }
    }

    /// The CIELAB colour (D65) that a reader with this vision sees for `colour`.
    pub fn sees(self, colour: Rgb) -> Lab {
        let rgb = colour.linear();
        let seen = self
            .matrix()
            .map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0));
        Lab::from_linear(seen)
    }
}

/// A CIELAB colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lab {
    pub l: f64,
    pub a: f64,
    pub b: f64,
}

impl Lab {
    fn from_linear([r, g, b]: [f64; 3]) -> Lab {
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        Lab {
            l: 116.0 * fy - 16.0,
            a: 500.0 * (fx - fy),
            b: 200.0 * (fy - fz),
        }
    }

    /// The hue angle in degrees, 0 to 360.
    pub fn hue(self) -> f64 {
        self.b.atan2(self.a).to_degrees().rem_euclid(360.0)
    }
}

/// The CIEDE2000 colour difference (Sharma, Wu and Dalal, 2005). About 1 is the smallest
/// difference a reader notices side by side; categorical palettes aim for 10 or more.
pub fn ciede2000(one: Lab, two: Lab) -> f64 {
    let c_mean = (one.a.hypot(one.b) + two.a.hypot(two.b)) / 2.0;
    let g = 0.5 * (1.0 - (c_mean.powi(7) / (c_mean.powi(7) + 25f64.powi(7))).sqrt());
    let (a1, a2) = ((1.0 + g) * one.a, (1.0 + g) * two.a);
    let (c1, c2) = (a1.hypot(one.b), a2.hypot(two.b));
    let hue = |b: f64, a: f64| {
        if b == 0.0 && a == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1, h2) = (hue(one.b, a1), hue(two.b, a2));
    let dl = two.l - one.l;
    let dc = c2 - c1;
    let dh = if c1 * c2 == 0.0 {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let dh_big = 2.0 * (c1 * c2).sqrt() * (dh / 2.0).to_radians().sin();
    let l_mean = (one.l + two.l) / 2.0;
    let c_mean_prime = (c1 + c2) / 2.0;
    let h_mean = if c1 * c2 == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (h_mean - 30.0).to_radians().cos()
        + 0.24 * (2.0 * h_mean).to_radians().cos()
        + 0.32 * (3.0 * h_mean + 6.0).to_radians().cos()
        - 0.20 * (4.0 * h_mean - 63.0).to_radians().cos();
    let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (c_mean_prime.powi(7) / (c_mean_prime.powi(7) + 25f64.powi(7))).sqrt();
    let s_l = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * c_mean_prime;
    let s_h = 1.0 + 0.015 * c_mean_prime * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    let (l, c, h) = (dl / s_l, dc / s_c, dh_big / s_h);
    (l * l + c * c + h * h + r_t * c * h).sqrt()
}

#[cfg(test)]
mod checks {
    use super::*;

    fn lab(l: f64, a: f64, b: f64) -> Lab {
        Lab { l, a, b }
    }

    #[test]
    fn ciede2000_matches_sharmas_published_pairs() {
        // Pairs 1, 7, 17, 25 and 34 of Sharma, Wu and Dalal's test data.
        let pairs = [
            (
                lab(50.0, 2.6772, -79.7751),
                lab(50.0, 0.0, -82.7485),
                2.0425,
            ),
            (lab(50.0, 0.0, 0.0), lab(50.0, -1.0, 2.0), 2.3669),
            (lab(50.0, 2.5, 0.0), lab(73.0, 25.0, -18.0), 27.1492),
            (
                lab(60.2574, -34.0099, 36.2677),
                lab(60.4626, -34.1751, 39.4387),
                1.2644,
            ),
            (
                lab(22.7233, 20.0904, -46.694),
                lab(23.0331, 14.973, -42.5619),
                2.0373,
            ),
        ];
        for (one, two, expected) in pairs {
            let got = ciede2000(one, two);
            assert!(
                (got - expected).abs() < 1e-3,
                "{one:?} {two:?}: {got} != {expected}"
            );
            assert!(
                (ciede2000(two, one) - expected).abs() < 1e-3,
                "not symmetric"
            );
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        let black = Rgb(0, 0, 0);
        let white = Rgb(255, 255, 255);
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the familiar lightest grey that passes AA at 4.5:1.
        assert!((contrast(Rgb::parse("#767676").unwrap(), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn simulated_dichromats_confuse_red_and_green_but_not_blue_and_yellow() {
        let red = Rgb::parse("#cc3311").unwrap();
        let green = Rgb::parse("#669900").unwrap();
        let blue = Rgb::parse("#0077bb").unwrap();
        let yellow = Rgb::parse("#eecc66").unwrap();
        let gap = |v: Vision, x, y| ciede2000(v.sees(x), v.sees(y));
        assert!(gap(Vision::Typical, red, green) > 30.0);
        assert!(gap(Vision::Deutan, red, green) < gap(Vision::Typical, red, green) / 2.0);
        assert!(gap(Vision::Protan, red, green) < gap(Vision::Typical, red, green) / 2.0);
        assert!(gap(Vision::Deutan, blue, yellow) > 30.0);
    }

    #[test]
    fn parse_reads_long_and_short_hex_and_refuses_the_rest() {
        assert_eq!(Rgb::parse("#0f5499"), Some(Rgb(15, 84, 153)));
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(255, 255, 255)));
        for bad in [
            "",
            "#",
            "0f5499",
            "#0f549",
            "#ggg",
            "#0f5499ff",
            "rgb(0,0,0)",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }
}
