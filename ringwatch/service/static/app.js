// Ring page: click a shared value to highlight the members who hold it in the picture.
document.addEventListener("click", function (event) {
  const row = event.target.closest("[data-holders]");
  if (!row) return;
  const holders = new Set(row.dataset.holders.split(" "));
  const already = row.classList.contains("selected");
  document.querySelectorAll("[data-holders].selected").forEach(r => r.classList.remove("selected"));
  document.querySelectorAll(".node").forEach(function (node) {
    node.classList.toggle("dim", !already && !holders.has(node.dataset.id));
    node.classList.toggle("hit", !already && holders.has(node.dataset.id));
  });
  if (!already) row.classList.add("selected");
});
