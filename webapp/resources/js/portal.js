// The portal's few scripts of its own, loaded from its origin by the pages that need them (the script policy allows
// no inline script or handler).
(function () {
  'use strict';

  // A button that prints the page (the self-assessment's results).
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('.print-button')) {
      window.print();
    }
  });

  // The application form's rich-text editors (PrimeFaces' text editor).
  // The editors copy their text into the submitted field on blur only; copy it on every keystroke as well, so that
  // nothing typed is lost when the form is sent without the editor losing focus first.
  document.addEventListener('input', function (e) {
    if (typeof PrimeFaces === 'undefined') {
      return;
    }
    setTimeout(function () {
      Object.values(PrimeFaces.widgets).forEach(function (w) {
        if (w.editor && w.input && w.jq && w.jq[0].contains(e.target)) {
          w.input.val(w.getEditorValue());
        }
      });
    }, 0);
  }, true);
  // The editor would keep Tab for itself (it inserts a tab or indents a list), so a keyboard user could never leave
  // it (WCAG 2.1.2). Tab and Shift+Tab move focus on, as in any other field.
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey && e.target.closest && e.target.closest('.ql-editor')) {
      e.stopPropagation();
    }
  }, true);
  // For screen readers: the editable area is the one text box, named by its category's heading (PrimeFaces calls the
  // unnamed wrapper around toolbar and editor a text box), and the heading picker the editor draws in place of the
  // toolbar's select (copying the select's attributes) is named by the select's data-label.
  function nameEditors() {
    document.querySelectorAll('.ui-texteditor[role=textbox]').forEach(function (wrapper) {
      wrapper.removeAttribute('role');
    });
    document.querySelectorAll('.ql-editor').forEach(function (editor) {
      var heading = editor.closest('section') && editor.closest('section').querySelector('h3');
      if (heading) {
        editor.setAttribute('aria-label', heading.textContent.trim());
      }
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('aria-multiline', 'true');
    });
    document.querySelectorAll('.ql-picker[data-label] .ql-picker-label').forEach(function (label) {
      label.setAttribute('aria-label', label.parentNode.getAttribute('data-label'));
    });
  }
  // A date field's calendar button is named "choose date" for screen readers, but holds the hidden text "ui-button",
  // which voice control and the accessibility checks read as its visible label: the two are made the same.
  function nameDateButtons() {
    document.querySelectorAll('.ui-datepicker-trigger[aria-label] .ui-button-text').forEach(function (text) {
      var name = text.parentNode.getAttribute('aria-label');
      if (text.textContent !== name) {
        text.textContent = name;
      }
    });
  }
  function nameAll() {
    nameEditors();
    nameDateButtons();
  }
  // The editors are drawn when PrimeFaces gets to them, after the page has loaded, and again after every save.
  nameAll();
  var main = document.getElementById('main');
  if (main) {
    new MutationObserver(nameAll).observe(main, {childList: true, subtree: true});
  }
})();
