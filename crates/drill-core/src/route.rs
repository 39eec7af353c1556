//! Hash routes, so deep links work on any static host and under any path.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Bank,
    Question(String),
    Round,
    /// The results of a finished round, by round id.
    RoundResults(String),
    Review,
    Stats,
    Settings,
    NotFound(String),
}

impl Route {
    /// Parses `location.hash`, with or without its leading `#`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.split('?').next().unwrap_or("").trim_end_matches('/');
        match path.split_once('/') {
            Some(("q", id)) if !id.is_empty() && !id.contains('/') => {
                Route::Question(percent_decode(id))
            }
            Some(("round", id)) if !id.is_empty() && !id.contains('/') => {
                Route::RoundResults(percent_decode(id))
            }
            Some(_) => Route::NotFound(hash.to_string()),
            None => match path {
                "" | "bank" => Route::Bank,
                "round" => Route::Round,
                "review" => Route::Review,
                "stats" => Route::Stats,
                "settings" => Route::Settings,
                _ => Route::NotFound(hash.to_string()),
            },
        }
    }

    /// A finished round's results.
    pub fn is_results(&self) -> bool {
        matches!(self, Route::RoundResults(_))
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Bank => "#/".into(),
            Route::Question(id) => format!("#/q/{id}"),
            Route::Round => "#/round".into(),
            Route::RoundResults(id) => format!("#/round/{id}"),
            Route::Review => "#/review".into(),
            Route::Stats => "#/stats".into(),
            Route::Settings => "#/settings".into(),
            Route::NotFound(raw) => raw.clone(),
        }
    }
}

/// Question ids are ASCII, but a link pasted from a chat app may arrive
/// percent-encoded.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_screen_round_trips_through_its_hash() {
        for route in [
            Route::Bank,
            Route::Question("redis-why-fast".into()),
            Route::Round,
            Route::RoundResults("18c0a-3f".into()),
            Route::Review,
            Route::Stats,
            Route::Settings,
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn an_empty_hash_is_the_bank() {
        assert_eq!(Route::parse(""), Route::Bank);
        assert_eq!(Route::parse("#"), Route::Bank);
        assert_eq!(Route::parse("#/"), Route::Bank);
    }

    #[test]
    fn question_links_tolerate_a_trailing_slash_and_encoding() {
        assert_eq!(Route::parse("#/q/gil/"), Route::Question("gil".into()));
        assert_eq!(Route::parse("#/q/a%2Db"), Route::Question("a-b".into()));
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert_eq!(Route::parse("#/nope"), Route::NotFound("#/nope".into()));
        assert_eq!(Route::parse("#/q/"), Route::NotFound("#/q/".into()));
        assert_eq!(Route::parse("#/q/a/b"), Route::NotFound("#/q/a/b".into()));
    }
}
