// Progressive enhancement only: every page works without this file.
// Moves focus to the error summary after a failed submission, so screen-reader users hear what to fix.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
});

// Booking form: live total "8 repas × 3,80 € = 30,40 €" and a "toute la semaine" button per week.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.booking");
  if (!form) return;
  const unit = Number(form.dataset.unitCents || 0);
  const euros = cents => (cents / 100).toLocaleString("fr-FR", { style: "currency", currency: "EUR" });
  const total = form.querySelector(".total");
  const update = () => {
    const children = form.querySelectorAll("input[name=ChildIds]:checked").length;
    const days = form.querySelectorAll("input[name=Dates]:checked").length;
    const meals = children * days;
    total.textContent = meals ? `${meals} repas × ${euros(unit)} = ${euros(meals * unit)}` : "";
  };
  const weeks = new Map();
  form.querySelectorAll("li.day[data-week]").forEach(li => {
    if (!weeks.has(li.dataset.week)) weeks.set(li.dataset.week, []);
    weeks.get(li.dataset.week).push(li);
  });
  weeks.forEach(days => {
    const boxes = days.map(li => li.querySelector("input[name=Dates]")).filter(Boolean);
    if (boxes.length < 2) return;
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary week-toggle";
    button.textContent = "Toute la semaine";
    button.addEventListener("click", () => { boxes.forEach(b => b.checked = true); update(); });
    item.append(button);
    days[0].before(item);
  });
  form.addEventListener("change", update);
  update();
});
