// Capital Atlas's safety net, loaded before the WebAssembly app.
//
// It keeps the page from ever going blank: if the app cannot start (an old browser,
// a failed download) or stops after a crash, a readable message with a Reload button
// appears. It is plain JavaScript so that it still works when WebAssembly does not.
(function () {
  "use strict";

  // The page's "Loading" lines show only where scripts run: without them the app never
  // comes, and the <noscript> message says why.
  document.documentElement.classList.add("scripted");

  function showNotice(title, detail) {
    // The page's "Loading" lines would contradict the notice.
    var loading = document.querySelector(".boot");
    if (loading) loading.remove();
    if (document.getElementById("crash-notice")) return;
    var notice = document.createElement("div");
    notice.id = "crash-notice";
    notice.className = "crash";
    notice.setAttribute("role", "alert");
    var heading = document.createElement("h2");
    heading.textContent = title;
    var text = document.createElement("p");
    text.textContent = "Your link is kept: reload to try again from the same view.";
    var button = document.createElement("button");
    button.type = "button";
    button.setAttribute("data-action", "reload");
    button.textContent = "Reload";
    var details = document.createElement("details");
    var summary = document.createElement("summary");
    summary.textContent = "Technical details";
    var pre = document.createElement("pre");
    pre.textContent = String(detail || "");
    details.append(summary, pre);
    notice.append(heading, text, button, details);
    (document.body || document.documentElement).prepend(notice);
  }

  // The Reload button of either notice (this one or the app's own crash notice).
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-action=reload]")) {
      window.location.reload();
    }
  });

  // If the app has not taken the place of the page's "Loading" lines after a while (a
  // download or a request that hangs), say so and offer Reload rather than "Loading"
  // forever. The app still replaces the lines if it comes after all.
  setTimeout(function () {
    var loading = document.querySelector(".boot");
    var text = loading && loading.querySelector(".boot-text");
    if (!text) return;
    text.textContent = "This is taking longer than it should: the connection may be slow or interrupted.";
    var button = document.createElement("button");
    button.type = "button";
    button.setAttribute("data-action", "reload");
    button.textContent = "Reload";
    loading.append(button);
  }, 15000);

  // The bundled data, asked for and read while the page is, so that its text is there
  // when the app starts (ui/loader.rs, `prefetched_text`); a link that names its own
  // data (data=) does not need it. On any failure the app asks again itself and says
  // what went wrong. A browser without fetch cannot run the app either, and the notices
  // here must still work there.
  if (window.fetch && !/[?&]data=/.test(window.location.search)) {
    window.capitalAtlasData = fetch("data/atlas.json").then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.text();
    });
    // The app reports the failure of its own request; this one must not count as an
    // unhandled rejection (which says the app could not start).
    window.capitalAtlasData.catch(function () {});
  }

  var started = false;
  window.addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });

  // A WebAssembly trap (a Rust panic aborts the instance) surfaces as a RuntimeError.
  // Before the app has started, any uncaught error (the loader's module script rejects
  // when the app cannot be downloaded or compiled) means it never will.
  window.addEventListener("error", function (event) {
    var error = event.error;
    if (error instanceof WebAssembly.RuntimeError) {
      showNotice("Capital Atlas stopped working", error.stack || error.message);
    } else if (!started && event.filename && !/boot/.test(event.filename)) {
      showNotice("Capital Atlas could not start", (error && (error.stack || error.message)) || event.message);
    }
  });

  // The loader's promise rejects when the app cannot be downloaded or instantiated.
  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    if (!started || reason instanceof WebAssembly.RuntimeError || reason instanceof WebAssembly.CompileError) {
      showNotice("Capital Atlas could not start", (reason && (reason.stack || reason.message)) || reason);
    }
  });
})();
