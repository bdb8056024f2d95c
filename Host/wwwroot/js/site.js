// Progressive enhancement only: every page works without this file.
// Moves focus to the error summary after a failed submission, so screen-reader users hear what to fix.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
});

// On a phone the menu scrolls sideways: keep the current page's entry in sight.
document.addEventListener("DOMContentLoaded", () => {
  const current = document.querySelector(".site-header nav a[aria-current=page]");
  const row = current && current.closest("ul");
  if (row && row.scrollWidth > row.clientWidth) {
    const left = current.getBoundingClientRect().left - row.getBoundingClientRect().left + row.scrollLeft;
    row.scrollLeft = left - (row.clientWidth - current.offsetWidth) / 2;
  }
});

// Calendar: live total of what is ticked ("3 réservations · 9,40 €").
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.calendar-form");
  const total = form && form.querySelector(".total");
  if (!total) return;
  const euros = cents => (cents / 100).toLocaleString("fr-FR", { style: "currency", currency: "EUR" });
  const update = () => {
    const ticked = [...form.querySelectorAll("input[name=choix]:checked")];
    const cents = ticked.reduce((sum, box) => sum + Number(box.dataset.cents || 0), 0);
    const regular = form.querySelectorAll("input[name=regulier]:checked").length;
    const parts = [];
    if (ticked.length) parts.push(`${ticked.length} réservation${ticked.length > 1 ? "s" : ""} · ${euros(cents)}`);
    if (regular) parts.push("+ présence régulière");
    total.textContent = parts.join(" ");
  };
  form.addEventListener("change", update);
  update();
});
