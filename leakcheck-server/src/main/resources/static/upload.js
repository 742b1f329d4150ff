// The ルール page's drop zone: files dropped on it go into the form's file input.
document.querySelectorAll('.dropzone').forEach(function (zone) {
  var input = zone.querySelector('input[type=file]');
  var names = zone.querySelector('.names');
  function show() { names.textContent = Array.from(input.files).map(function (f) { return f.name; }).join(', '); }
  zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
  zone.addEventListener('drop', function (e) {
    e.preventDefault(); zone.classList.remove('over');
    input.files = e.dataTransfer.files; show();
  });
  input.addEventListener('change', show);
});
