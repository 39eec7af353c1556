use leptos::prelude::*;

const WIDTH: f64 = 340.0;
const HEIGHT: f64 = 140.0;
/// The plot area, inside room for the value labels (left) and x labels (below).
const LEFT: f64 = 34.0;
const RIGHT: f64 = 332.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 118.0;

/// A small line chart from 0 to `max`: `points` in order, `None` where
/// there is nothing to show (the line breaks there). `y_ticks` are values
/// with their labels; `x_labels` are point indices with theirs. Points
/// whose index is true in `hollow` are drawn as rings: values that stand
/// for less than the others (a round ended early).
#[component]
pub fn TrendChart(
    points: Vec<Option<f64>>,
    #[prop(optional)] hollow: Vec<bool>,
    max: f64,
    y_ticks: Vec<(f64, String)>,
    x_labels: Vec<(usize, String)>,
    label: String,
) -> impl IntoView {
    let n = points.len();
    let x_of = move |i: usize| {
        if n <= 1 {
            (LEFT + RIGHT) / 2.0
        } else {
            LEFT + (RIGHT - LEFT) * i as f64 / (n - 1) as f64
        }
    };
    let y_of =
        move |v: f64| BOTTOM - (BOTTOM - TOP) * (v / max.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0);
    let grid = y_ticks
        .into_iter()
        .map(|(value, text)| {
            let y = y_of(value);
            view! {
                <line x1=LEFT x2=RIGHT y1=y y2=y class="grid"></line>
                <text x=LEFT - 4.0 y=y + 4.0 class="axis" text-anchor="end">{text}</text>
            }
        })
        .collect_view();
    let x_axis = x_labels
        .into_iter()
        .map(|(i, text)| {
            let anchor = match i {
                0 if n > 1 => "start",
                i if i + 1 == n && n > 1 => "end",
                _ => "middle",
            };
            view! { <text x=x_of(i) y=HEIGHT - 6.0 class="axis" text-anchor=anchor>{text}</text> }
        })
        .collect_view();
    // Runs of consecutive values, each drawn as its own line.
    let mut runs: Vec<Vec<(f64, f64, bool)>> = Vec::new();
    let mut open = false;
    for (i, point) in points.iter().enumerate() {
        let ring = hollow.get(i).copied().unwrap_or(false);
        match point {
            Some(v) if open => runs.last_mut().unwrap().push((x_of(i), y_of(*v), ring)),
            Some(v) => {
                runs.push(vec![(x_of(i), y_of(*v), ring)]);
                open = true;
            }
            None => open = false,
        }
    }
    let lines = runs
        .iter()
        .filter(|run| run.len() > 1)
        .map(|run| {
            let coords: Vec<String> = run
                .iter()
                .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
                .collect();
            view! { <polyline points=coords.join(" ") class="line"></polyline> }
        })
        .collect_view();
    let dots = runs
        .into_iter()
        .flatten()
        .map(|(x, y, ring)| view! {
            <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="3" class="dot" class:hollow=ring></circle>
        })
        .collect_view();
    view! {
        <svg class="chart trend-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img"
            aria-label=label>
            {grid}
            {x_axis}
            {lines}
            {dots}
        </svg>
    }
}
