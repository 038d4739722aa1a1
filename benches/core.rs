//! Benchmarks of the core at 1k, 10k and 100k events (the network view at 1k and 10k),
//! and of the force layout at 100/300, 1k/5k and 5k/20k nodes/links. `make bench` prints them as a table.
//!
//! The data is synthetic (`capital_atlas::synth`), so every run measures the same work.

// Criterion does not build for wasm32, where `cargo clippy --all-targets` also looks.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::HashMap;
    use std::hint::black_box;
    use std::time::Duration;

    use capital_atlas::core::dataset::load::load_json_unlimited;
    use capital_atlas::core::filter::{FilterState, apply};
    use capital_atlas::core::graph;
    use capital_atlas::core::index::Atlas;
    use capital_atlas::core::layout::{LayoutLink, LayoutNode, LayoutParams, layout};
    use capital_atlas::core::link::{self, LaneGrouping};
    use capital_atlas::core::scale::{TimeScale, time_ticks};
    use capital_atlas::core::timeline::{self, Viewport};
    use capital_atlas::synth::random::SplitMix64;
    use capital_atlas::synth::{SynthParams, generate};
    use criterion::{BenchmarkId, Criterion, criterion_group};

    const SIZES: [(usize, usize, &str); 3] = [
        (1_000, 200, "1k"),
        (10_000, 1_000, "10k"),
        (100_000, 5_000, "100k"),
    ];

    struct Fixture {
        label: &'static str,
        json: String,
        atlas: Atlas,
        filter: FilterState,
    }

    fn fixtures() -> Vec<Fixture> {
        SIZES
            .iter()
            .map(|&(events, entities, label)| {
                let dataset = generate(SynthParams {
                    events,
                    entities,
                    seed: 7,
                });
                let json = serde_json::to_string(&dataset).expect("serializes");
                let atlas = Atlas::new(dataset);
                // A typical reader's filter: the biggest hub, three years, deals over $10M.
                let hub = (0..atlas.dataset.entities.len())
                    .max_by_key(|&i| atlas.index.events_of_entity[i].len())
                    .map(|i| atlas.dataset.entities[i].id.clone())
                    .unwrap_or_default();
                let filter = FilterState {
                    companies: vec![hub],
                    from: "2020".parse().ok(),
                    to: "2022".parse().ok(),
                    min_usd: Some(10e6),
                    ..FilterState::default()
                };
                Fixture {
                    label,
                    json,
                    atlas,
                    filter,
                }
            })
            .collect()
    }

    fn data(c: &mut Criterion) {
        let fixtures = fixtures();
        let mut group = c.benchmark_group("parse_validate");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(4));
        for f in &fixtures {
            group.bench_with_input(BenchmarkId::from_parameter(f.label), &f.json, |b, json| {
                b.iter(|| load_json_unlimited(black_box(json)).expect("valid"))
            });
        }
        group.finish();

        let mut group = c.benchmark_group("index");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(3));
        for f in &fixtures {
            group.bench_with_input(
                BenchmarkId::from_parameter(f.label),
                &f.atlas.dataset,
                |b, dataset| b.iter(|| Atlas::new(black_box(dataset.clone()))),
            );
        }
        group.finish();

        let mut group = c.benchmark_group("filter");
        for f in &fixtures {
            group.bench_with_input(BenchmarkId::from_parameter(f.label), f, |b, f| {
                b.iter(|| apply(black_box(&f.atlas), black_box(&f.filter)))
            });
        }
        group.finish();

        let mut group = c.benchmark_group("link");
        let atlas = &fixtures[1].atlas;
        let query = format!(
            "view=table&company={}&from=2020&to=2022-06&status=talks,completed&kind=investment&min=10M&q=capital&sort=-amount",
            fixtures[1].filter.companies[0]
        );
        group.bench_function("parse", |b| {
            b.iter(|| link::parse(black_box(&query), atlas))
        });
        let state = link::parse(&query, atlas).state;
        group.bench_function("format", |b| b.iter(|| link::format(black_box(&state))));
        group.finish();

        let mut group = c.benchmark_group("timeline");
        for f in &fixtures {
            let all = apply(&f.atlas, &FilterState::default()).events;
            group.bench_with_input(BenchmarkId::new("layout", f.label), &all, |b, all| {
                b.iter(|| {
                    timeline::layout(black_box(&f.atlas), black_box(all), LaneGrouping::Recipient)
                })
            });
            let data = timeline::layout(&f.atlas, &all, LaneGrouping::Recipient);
            let (first, last) = data.extent.expect("dated events");
            // One zoom step into the middle of the data, as a reader would take.
            let scale = TimeScale::fit(first, last, (0.0, 1200.0)).zoom_around(600.0, 2.0);
            let view = Viewport {
                scale,
                visible: (0.0, 1200.0),
                min_separation: 26.0,
            };
            let mut out = Vec::new();
            group.bench_with_input(BenchmarkId::new("cluster", f.label), &data, |b, data| {
                b.iter(|| timeline::cluster_into(black_box(data), black_box(&view), &mut out))
            });
            // Lane heights at the new zoom: a pass over every lane's top row.
            group.bench_with_input(BenchmarkId::new("lane_rows", f.label), &data, |b, data| {
                b.iter(|| timeline::lane_rows_at(black_box(data), black_box(&view)))
            });
        }
        group.finish();
    }

    /// The network view's work for a filter change: build the investor graph of the
    /// filtered events, lay it out from scratch, and lay it out again starting from the
    /// previous positions, as a filter change that keeps most nodes does.
    fn network(c: &mut Criterion) {
        let fixtures = fixtures();
        let mut group = c.benchmark_group("network");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(4));
        let none = HashMap::new();
        for f in &fixtures[..2] {
            let all = apply(&f.atlas, &FilterState::default()).events;
            group.bench_with_input(BenchmarkId::new("build", f.label), &all, |b, all| {
                b.iter(|| graph::build(black_box(&f.atlas), black_box(all)))
            });
            let built = graph::build(&f.atlas, &all);
            group.bench_with_input(BenchmarkId::new("place", f.label), &built, |b, built| {
                b.iter(|| graph::place(black_box(built), &f.atlas, &none, &none, true, 1))
            });
            let placed = graph::place(&built, &f.atlas, &none, &none, true, 1);
            let previous = graph::by_entity_id(&built, &f.atlas, &placed);
            group.bench_with_input(BenchmarkId::new("re-place", f.label), &built, |b, built| {
                b.iter(|| graph::place(black_box(built), &f.atlas, &previous, &none, false, 1))
            });
            // A zoom or pan step: where names go, with the whole graph fitted to a
            // laptop's frame and zoomed in far enough that every node is a candidate.
            let radii = graph::node_radii(&built);
            let fit = graph::ViewTransform::fit(&placed, &radii, 900.0, 560.0, 24.0);
            let view = graph::ViewTransform {
                k: fit.k.max(graph::LABEL_ZOOM),
                ..fit
            };
            let screen: Vec<(f64, f64)> = placed.iter().map(|&p| view.apply(p)).collect();
            let width_of = |i: usize| 7.5 * f64::from(4 + (i % 20) as u32);
            group.bench_with_input(BenchmarkId::new("names", f.label), &built, |b, built| {
                b.iter(|| {
                    graph::place_names(
                        black_box(built),
                        &screen,
                        &radii,
                        view.k,
                        &[],
                        width_of,
                        900.0,
                    )
                })
            });
        }
        group.finish();
    }

    fn ticks(c: &mut Criterion) {
        let mut group = c.benchmark_group("ticks");
        let width = |label: &str| label.chars().count() as f64 * 7.0;
        for (name, days) in [
            ("days", 20.0),
            ("months", 400.0),
            ("years", 4_000.0),
            ("decades", 40_000.0),
        ] {
            let scale = TimeScale::new((20_000.0, 20_000.0 + days), (0.0, 1200.0));
            group.bench_function(name, |b| {
                b.iter(|| time_ticks(black_box(&scale), width, 14.0))
            });
        }
        group.finish();
    }

    /// A seeded random graph with a few hubs, as the network view produces.
    fn graph(nodes: usize, links: usize, seed: u64) -> (Vec<LayoutNode>, Vec<LayoutLink>) {
        let mut rng = SplitMix64::new(seed);
        let zipf = capital_atlas::synth::random::Zipf::new(nodes, 1.0);
        let layout_nodes = (0..nodes)
            .map(|_| LayoutNode::new(4.0 + rng.unit() * 8.0))
            .collect();
        let layout_links = (0..links)
            .map(|_| {
                let source = rng.below(nodes);
                let mut target = zipf.sample(&mut rng);
                if target == source {
                    target = (target + 1) % nodes;
                }
                LayoutLink {
                    source,
                    target,
                    distance: 30.0,
                }
            })
            .collect();
        (layout_nodes, layout_links)
    }

    fn force(c: &mut Criterion) {
        let mut group = c.benchmark_group("force_layout");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(6));
        for (nodes, links, label) in [
            (100, 300, "100_300"),
            (300, 660, "300_660"),
            (1_000, 5_000, "1k_5k"),
            (5_000, 20_000, "5k_20k"),
        ] {
            let (n, l) = graph(nodes, links, 7);
            let params = LayoutParams {
                seed: 7,
                ..LayoutParams::default()
            };
            group.bench_function(label, |b| {
                b.iter(|| layout(black_box(&n), black_box(&l), &params))
            });
            // As the network lays out: links kept clear of other nodes, which is tried
            // on graphs up to about 300 nodes and 660 links (`core::layout::clearance`).
            if nodes * links <= 200_000 {
                let cleared: Vec<LayoutNode> = n
                    .iter()
                    .map(|node| LayoutNode {
                        clearance: node.radius + 6.5,
                        ..*node
                    })
                    .collect();
                group.bench_function(format!("{label}_cleared"), |b| {
                    b.iter(|| layout(black_box(&cleared), black_box(&l), &params))
                });
            }
        }
        group.finish();
    }

    criterion_group!(benches, data, network, ticks, force);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
