// TrainerPath's one script, and an optional one: every page works without it.
// A private link's field gets a Copy button, and selects its whole address when focused.
document.querySelectorAll('input.copy-source').forEach((field) => {
  field.addEventListener('focus', () => field.select());
  if (!navigator.clipboard) {
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button-secondary';
  button.textContent = field.dataset.copyLabel;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'copy-status';
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(field.value).then(
      () => { status.textContent = field.dataset.copiedLabel; },
      () => { field.focus(); });
  });
  field.after(button, status);
});
