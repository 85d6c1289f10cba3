// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Conditional fields: show a field only while its condition holds.
  // The server validates the same rules either way.
  function fieldValue(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < inputs.length; i++) {
      var el = inputs[i];
      if (el.type === "checkbox") return el.checked ? "true" : "";
      if (el.type === "radio") { if (el.checked) return el.value; continue; }
      return el.value;
    }
    return "";
  }

  function updateConditional(form) {
    form.querySelectorAll("[data-show-when]").forEach(function (block) {
      var rule = block.getAttribute("data-show-when").split("=");
      var allowed = rule[1].split("|");
      var show = allowed.indexOf(fieldValue(form, rule[0])) !== -1;
      // Never hide a field that carries an error the person must fix.
      if (block.classList.contains("field-error")) show = true;
      block.hidden = !show;
    });
  }

  document.querySelectorAll("form.incident-form").forEach(function (form) {
    updateConditional(form);
    form.addEventListener("change", function () { updateConditional(form); });
  });

  // Pre-select the browser's UTC offset when the time zone is untouched.
  document.querySelectorAll("select[data-tz-offset]").forEach(function (select) {
    var dateInput = document.getElementById(select.id.replace("-offset", "-date"));
    if (dateInput && dateInput.value) return;
    var mins = -new Date().getTimezoneOffset();
    var sign = mins < 0 ? "-" : "+";
    var abs = Math.abs(mins);
    var value = sign + String(Math.floor(abs / 60)).padStart(2, "0") + ":" + String(abs % 60).padStart(2, "0");
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { select.selectedIndex = i; break; }
    }
  });

  // Copy buttons next to identifiers.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var target = document.querySelector(button.getAttribute("data-copy"));
      if (!target || !navigator.clipboard) return;
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        var label = button.textContent;
        button.textContent = "✓";
        setTimeout(function () { button.textContent = label; }, 1200);
      });
    });
  });

  // Tell the server the browser's UTC offset, so agents see times in
  // their own zone (the server falls back to UTC without it).
  var tz = -new Date().getTimezoneOffset();
  if (document.cookie.indexOf("sportello_tz=" + tz) === -1) {
    document.cookie = "sportello_tz=" + tz + "; path=/; max-age=31536000; SameSite=Lax";
  }

  // Move focus to the error summary so keyboard and screen reader users hear it.
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
})();
