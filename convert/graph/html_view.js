// The HTML view of newsgraph output (convert -f html): pointing at a
// mention or a node of the panel marks every mention of that node; a click
// on the panel scrolls to its first mention. Each panel entry learns how
// many places of the text show it (data-shown), which tests read.
(function () {
  function same(el) {
    var art = el.closest('.ng-article');
    return art ? art.querySelectorAll('[data-ref="' + el.getAttribute('data-ref') + '"]') : [];
  }
  document.querySelectorAll('.ng-panel [data-ref]').forEach(function (li) {
    var shown = 0;
    same(li).forEach(function (x) { if (!x.closest('.ng-panel')) shown++; });
    li.setAttribute('data-shown', String(shown));
  });
  var lit = [];
  document.addEventListener('mouseover', function (e) {
    lit.forEach(function (x) { x.classList.remove('ng-on'); });
    var t = e.target.closest ? e.target.closest('[data-ref]') : null;
    lit = t ? Array.prototype.slice.call(same(t)) : [];
    lit.forEach(function (x) { x.classList.add('ng-on'); });
  });
  document.addEventListener('click', function (e) {
    var li = e.target.closest ? e.target.closest('.ng-panel [data-ref]') : null;
    if (!li) return;
    var first = Array.prototype.find.call(same(li), function (x) { return !x.closest('.ng-panel'); });
    if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
  });
})();
