//! The company filter: a WAI-ARIA combobox with type-ahead over names and aliases, and
//! the chosen companies as removable chips.

use leptos::prelude::*;

use crate::core::suggest::suggest;
use crate::ui::history::HistoryMode;
use crate::ui::state::use_app;

/// How many suggestions the list shows at once.
const SUGGESTIONS: usize = 8;

#[component]
pub fn CompanyFilter() -> impl IntoView {
    let state = use_app();
    let typed = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    // The option the arrow keys have reached; none until the reader presses one, and
    // Enter then takes the first option, the best match.
    let active = RwSignal::new(None::<usize>);
    let chosen = Memo::new(move |_| state.filter.with(|f| f.companies.clone()));

    // (entity id, name, alias that matched) for what is typed.
    let options = Memo::new(move |_| {
        let typed = typed.get();
        let chosen = chosen.get();
        state.atlas.with(|atlas| {
            atlas.as_ref().map_or_else(Vec::new, |atlas| {
                suggest(atlas, &typed, &chosen, SUGGESTIONS)
                    .into_iter()
                    .map(|s| {
                        let entity = &atlas.dataset.entities[s.entity];
                        (entity.id.clone(), entity.name.clone(), s.via_alias)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    let choose = move |id: String| {
        state.filter_with(
            |f| *f = std::mem::take(f).with_company(&id),
            HistoryMode::Push,
        );
        typed.set(String::new());
        open.set(false);
        active.set(None);
    };
    let remove = move |id: String| {
        state.filter_with(
            |f| *f = std::mem::take(f).without_company(&id),
            HistoryMode::Push,
        )
    };

    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let count = options.with_untracked(Vec::len);
        match event.key().as_str() {
            "ArrowDown" => {
                event.prevent_default();
                open.set(true);
                if count > 0 {
                    active.set(Some(active.get_untracked().map_or(0, |a| (a + 1) % count)));
                }
            }
            "ArrowUp" => {
                event.prevent_default();
                open.set(true);
                if count > 0 {
                    active.set(Some(
                        active
                            .get_untracked()
                            .map_or(count - 1, |a| (a + count - 1) % count),
                    ));
                }
            }
            "Enter" => {
                if open.get_untracked()
                    && let Some((id, _, _)) = options
                        .with_untracked(|o| o.get(active.get_untracked().unwrap_or(0)).cloned())
                {
                    event.prevent_default();
                    choose(id);
                }
            }
            // Closing the list is all Escape does here; it must not also clear the
            // selection, which the page-level handler would do.
            "Escape" if open.get_untracked() => {
                event.stop_propagation();
                event.prevent_default();
                open.set(false);
            }
            "Backspace" => {
                if typed.get_untracked().is_empty()
                    && let Some(last) = chosen.get_untracked().last().cloned()
                {
                    remove(last);
                }
            }
            _ => {}
        }
    };

    let name_of = move |id: &str| {
        state.atlas.with(|a| {
            a.as_ref()
                .and_then(|a| {
                    a.index
                        .entity(id)
                        .map(|i| a.dataset.entities[i].name.clone())
                })
                .unwrap_or_else(|| id.to_string())
        })
    };

    view! {
        <div class="field company-field">
            <label for="company-input">"Company"</label>
            <div class="combobox">
                <ul class="chips" aria-label="Chosen companies">
                    {move || chosen.get().into_iter().map(|id| {
                        let name = name_of(&id);
                        let label = format!("Remove {name}");
                        let remove_id = id.clone();
                        let title = name.clone();
                        view! {
                            <li class="chip">
                                <span class="chip-name" title=title>{name}</span>
                                <button type="button" class="chip-remove" aria-label=label
                                    on:click=move |_| remove(remove_id.clone())>"×"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <input id="company-input" type="text" role="combobox" autocomplete="off" spellcheck="false"
                    placeholder="Type a name…"
                    aria-autocomplete="list" aria-controls="company-listbox"
                    aria-expanded=move || (open.get() && !options.with(Vec::is_empty)).to_string()
                    aria-activedescendant=move || {
                        active.get().filter(|_| open.get() && !options.with(Vec::is_empty)).map(|a| format!("company-option-{a}"))
                    }
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        typed.set(event_target_value(&ev));
                        open.set(true);
                        active.set(None);
                    }
                    on:focus=move |_| open.set(true)
                    on:blur=move |_| open.set(false)
                    on:keydown=on_key/>
                <ul id="company-listbox" role="listbox" aria-label="Companies" class="listbox"
                    hidden=move || !open.get() || options.with(Vec::is_empty)>
                    {move || options.get().into_iter().enumerate().map(|(i, (id, name, alias))| {
                        let choose_id = id.clone();
                        view! {
                            <li role="option" id=format!("company-option-{i}")
                                aria-selected=move || (active.get() == Some(i)).to_string()
                                class:active=move || active.get() == Some(i)
                                // mousedown, not click: it comes before the input's blur.
                                on:mousedown=move |ev| { ev.prevent_default(); choose(choose_id.clone()); }>
                                <span class="option-name">{name}</span>
                                {alias.map(|a| view! { <span class="option-alias">{a}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </div>
    }
}
