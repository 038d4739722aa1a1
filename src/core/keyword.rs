//! Closed vocabularies (statuses, kinds, views…) that appear as words in data files,
//! links and the interface.
//!
//! Each vocabulary is an enum with one stable snake_case id per variant (what files and
//! links carry) and one human label (what people read). `keyword_enum!` writes the
//! lookup both ways and the serde impls once, so every vocabulary refuses unknown words
//! with the same message and lists what it accepts.

/// Declares a vocabulary enum: `Variant => "id", "Label"`.
#[macro_export]
macro_rules! keyword_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal, $label:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order (which is also display order).
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The stable id used in data files and links.
            pub fn id(self) -> &'static str {
                match self { $( $name::$variant => $id ),+ }
            }

            /// The label people read.
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label ),+ }
            }

            /// The variant with this exact id.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $( $id => Some($name::$variant), )+ _ => None }
            }

            /// The message for an id that is not in the vocabulary.
            pub fn unknown(id: &str) -> String {
                let known: Vec<&str> = Self::ALL.iter().map(|v| v.id()).collect();
                format!(
                    "unknown {} '{}'; expected one of {}",
                    $what,
                    $crate::core::date::shorten(id),
                    known.join(", ")
                )
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str>>::deserialize(d)?;
                Self::from_id(&text).ok_or_else(|| ::serde::de::Error::custom(Self::unknown(&text)))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    keyword_enum! {
        enum Fruit ("fruit") {
            Apple => "apple", "Apple",
            BloodOrange => "blood_orange", "Blood orange",
        }
    }

    #[test]
    fn ids_and_labels_round_trip() {
        for fruit in Fruit::ALL {
            assert_eq!(Fruit::from_id(fruit.id()), Some(*fruit));
        }
        assert_eq!(Fruit::BloodOrange.label(), "Blood orange");
    }

    #[test]
    fn unknown_ids_are_refused_with_the_accepted_list() {
        assert_eq!(Fruit::from_id("Apple"), None);
        assert_eq!(
            Fruit::unknown("pear"),
            "unknown fruit 'pear'; expected one of apple, blood_orange"
        );
    }

    #[test]
    fn serde_uses_ids() {
        let json = serde_json::to_string(&Fruit::BloodOrange).unwrap();
        assert_eq!(json, "\"blood_orange\"");
        let back: Fruit = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Fruit::BloodOrange);
        let err = serde_json::from_str::<Fruit>("\"kiwi\"").unwrap_err();
        assert!(err.to_string().contains("unknown fruit 'kiwi'"));
    }
}
