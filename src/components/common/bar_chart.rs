use leptos::prelude::*;

const WIDTH: f64 = 340.0;
const ROW: f64 = 24.0;
/// Columns: the label, then the bar, then its value on the right.
const BAR_X: f64 = 132.0;
const BAR_END: f64 = 298.0;
const BAR_H: f64 = 10.0;

/// One horizontal bar: `share` (0 to 1) of the full width.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub share: f64,
    pub value: String,
}

/// Horizontal bars, one row each, with the label on the left and the value
/// on the right, so long Chinese names and small numbers stay readable.
#[component]
pub fn BarChart(bars: Vec<Bar>, label: String, #[prop(into)] class: String) -> impl IntoView {
    let height = ROW * bars.len() as f64;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let middle = ROW * i as f64 + ROW / 2.0;
            let bar_y = middle - BAR_H / 2.0;
            let width = (BAR_END - BAR_X) * bar.share.clamp(0.0, 1.0);
            view! {
                <g class="bar-row">
                    <text x="0" y=middle + 4.0 class="bar-label">{bar.label}</text>
                    <rect x=BAR_X y=bar_y width=BAR_END - BAR_X height=BAR_H rx="3"
                        class="track"></rect>
                    <rect x=BAR_X y=bar_y width=format!("{width:.1}") height=BAR_H rx="3"
                        class="fill"></rect>
                    <text x=WIDTH y=middle + 4.0 class="bar-value" text-anchor="end">
                        {bar.value}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class=format!("chart bar-chart {class}") viewBox=format!("0 0 {WIDTH} {height}")
            role="img" aria-label=label>
            {rows}
        </svg>
    }
}
