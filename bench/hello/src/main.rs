//! Hello, world in Leptos, marking "first-chart" when its first frame is painted, as
//! the app does, so the two start-up times compare like with like.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let (count, set_count) = signal(0);
        request_animation_frame(|| {
            if let Some(performance) = window().performance() {
                let _ = performance.mark("first-chart");
            }
        });
        view! {
            <h1>"Hello, world"</h1>
            <button on:click=move |_| set_count.update(|c| *c += 1)>"Clicked " {count}</button>
        }
    })
}
