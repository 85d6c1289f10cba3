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

  document.querySelectorAll("form.incident-form, form[data-conditional]").forEach(function (form) {
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


  // Uploads (the request page's panel and the "Submit a request" form):
  // redact a screenshot before it leaves the browser, and show progress.
  // Without this script, or without a file chosen, the form posts as is.
  document.querySelectorAll("form[data-upload]").forEach(function (form) {
    var input = form.querySelector('input[type="file"]');
    var box = form.querySelector("[data-redactor]");
    var canvas = box && box.querySelector("canvas");
    var bar = form.querySelector(".upload-progress");
    var status = form.querySelector(".upload-status");
    var image = null, boxes = [], start = null;
    if (!input || !canvas || !window.FormData || !window.XMLHttpRequest) return;

    function draw() {
      var ctx = canvas.getContext("2d");
      ctx.drawImage(image, 0, 0);
      ctx.fillStyle = "#000";
      boxes.forEach(function (b) { ctx.fillRect(b[0], b[1], b[2], b[3]); });
    }
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
    }
    input.addEventListener("change", function () {
      image = null; boxes = []; box.hidden = true;
      var f = input.files[0];
      if (input.files.length !== 1 || !/^image\/(png|jpeg|webp|gif)$/.test(f.type)) return;
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () {
          image = img; canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
          box.hidden = false; draw();
        };
        img.src = reader.result;
      };
      reader.readAsDataURL(f);
    });
    canvas.addEventListener("pointerdown", function (e) { if (image) start = point(e); });
    canvas.addEventListener("pointerup", function (e) {
      if (!start) return;
      var end = point(e);
      var b = [Math.min(start[0], end[0]), Math.min(start[1], end[1]), Math.abs(end[0] - start[0]), Math.abs(end[1] - start[1])];
      start = null;
      if (b[2] > 2 && b[3] > 2) { boxes.push(b); draw(); }
    });
    box.querySelector("[data-redact-undo]").addEventListener("click", function () { boxes.pop(); if (image) draw(); });

    function send(data) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false; bar.value = 0;
      status.textContent = bar.getAttribute("aria-label") || "";
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
      });
      xhr.onload = function () {
        if (xhr.status < 400 && xhr.responseURL) { window.location.href = xhr.responseURL; return; }
        // A screenshot refused for what OCR read in it: the server names the
        // boxes of the words; mark them in the redactor and let the person
        // check them and send the blacked-out picture instead.
        var found = image && window.DOMParser
          ? new DOMParser().parseFromString(xhr.responseText, "text/html").querySelector("[data-ocr-boxes]")
          : null;
        var marked = null;
        try { marked = found && JSON.parse(found.getAttribute("data-ocr-boxes")); } catch (err) { marked = null; }
        if (marked && marked.length) {
          marked.forEach(function (b) {
            // A little margin: OCR boxes hug the glyphs.
            var m = Math.max(2, Math.round(b[3] * 0.15));
            boxes.push([b[0] - m, b[1] - m, b[2] + 2 * m, b[3] + 2 * m]);
          });
          draw();
          box.hidden = false;
          bar.hidden = true;
          status.textContent = found.getAttribute("data-ocr-message");
          canvas.scrollIntoView({ block: "center" });
          return;
        }
        // Refused for another reason (a field, a file type): the server's
        // page says why. Without a blacked-out picture, post the form as is
        // and let the browser show that page as a real navigation; a picture
        // with boxes burnt in must never be sent unredacted, so its answer
        // is written in place.
        if (image && boxes.length) {
          document.open(); document.write(xhr.responseText); document.close();
        } else {
          form.submit();
        }
      };
      xhr.onerror = function () { bar.hidden = true; status.textContent = ""; form.submit(); };
      xhr.send(data);
    }
    form.addEventListener("submit", function (e) {
      if (!input.files.length) return;
      e.preventDefault();
      var data = new FormData(form);
      if (image && boxes.length) {
        // Flatten: the canvas holds only pixels, boxes burnt in; the
        // original file is replaced and never sent.
        canvas.toBlob(function (blob) {
          data.delete(input.name);
          var name = (input.files[0].name || "screenshot").replace(/\.[^.]*$/, "") + ".png";
          data.append(input.name, blob, name);
          send(data);
        }, "image/png");
      } else {
        send(data);
      }
    });
  });

  // Help-center suggestions while the subject is typed ("deflection"):
  // matching articles open in a new tab so nothing typed is lost; what was
  // shown and what was opened is recorded (article ids only, never the text).
  document.querySelectorAll("form[data-hc-locale]").forEach(function (form) {
    var subject = form.querySelector('input[name="subject"]');
    if (!subject || !window.fetch) return;
    var locale = form.getAttribute("data-hc-locale");
    var csrf = document.querySelector('meta[name="csrf-token"]');
    var box = document.createElement("div");
    box.className = "hc-suggest";
    box.hidden = true;
    box.setAttribute("aria-live", "polite");
    subject.parentNode.appendChild(box);
    var timer = null, last = "", shown = {};

    function record(id, event) {
      fetch("/api/v1/help/deflections", {
        method: "POST", credentials: "same-origin", keepalive: true,
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf ? csrf.content : "" },
        body: JSON.stringify({ article_id: id, event: event })
      }).catch(function () {});
    }

    function show(results) {
      while (box.firstChild) box.removeChild(box.firstChild);
      if (!results.length) { box.hidden = true; return; }
      var h = document.createElement("p");
      h.className = "hc-suggest-heading";
      h.textContent = form.getAttribute("data-hc-suggest-heading");
      box.appendChild(h);
      var ul = document.createElement("ul");
      results.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = r.url; a.target = "_blank"; a.rel = "noopener";
        a.textContent = r.title;
        a.addEventListener("click", function () { record(r.id, "opened"); });
        li.appendChild(a);
        ul.appendChild(li);
        if (!shown[r.id]) { shown[r.id] = true; record(r.id, "shown"); }
      });
      box.appendChild(ul);
      box.hidden = false;
    }

    subject.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = subject.value.trim();
        if (q === last) return;
        last = q;
        if (q.length < 3) { show([]); return; }
        fetch("/api/v1/help/search?suggest=1&limit=5&locale=" + encodeURIComponent(locale) + "&q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (res) { return res.ok ? res.json() : { results: [] }; })
          .then(function (data) { if (subject.value.trim() === q) show(data.results || []); })
          .catch(function () {});
      }, 300);
    });
  });
  // Help-center search boxes suggest articles while typing: the ARIA 1.2
  // combobox pattern (a text box with a list box popup, list autocomplete).
  // Up and Down move through the suggestions, Enter opens the one chosen
  // (or searches, when none is), Escape closes the list, then clears the
  // box. Without this script the form simply searches.
  var comboboxes = 0;
  document.querySelectorAll("form[data-suggest]").forEach(function (form) {
    var input = form.querySelector('input[name="q"]');
    if (!input || !window.fetch) return;
    comboboxes += 1;
    var locale = form.getAttribute("data-suggest");
    var listId = "suggest-list-" + comboboxes;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", form.getAttribute("data-suggest-label"));
    list.hidden = true;
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.classList.add("suggest");
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");
    var timer = null, asked = 0, options = [], active = -1, lastQuery = "";

    function setActive(i) {
      options.forEach(function (o, j) { o.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) {
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function open() {
      if (!options.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }
    function follow(option) {
      var url = option.getAttribute("data-url") || "";
      // Only places on this site.
      if (url.charAt(0) === "/" && url.charAt(1) !== "/") window.location.assign(url);
    }
    function show(results) {
      while (list.firstChild) list.removeChild(list.firstChild);
      options = [];
      active = -1;
      results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-url", r.url);
        li.textContent = r.title;
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        li.addEventListener("click", function () { follow(li); });
        list.appendChild(li);
        options.push(li);
      });
      var n = results.length;
      status.textContent = n === 0 ? form.getAttribute("data-suggest-none")
        : form.getAttribute(n === 1 ? "data-suggest-one" : "data-suggest-other").replace("{n}", String(n));
      if (n) open(); else close();
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { lastQuery = q; show([]); status.textContent = ""; return; }
      timer = setTimeout(function () {
        if (q === lastQuery && options.length) { open(); return; }
        lastQuery = q;
        var mine = ++asked;
        fetch("/api/v1/help/search?suggest=1&limit=6&locale=" + encodeURIComponent(locale) + "&q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (res) { return res.ok ? res.json() : { results: [] }; })
          .then(function (data) { if (mine === asked && input.value.trim() === q) show(data.results || []); })
          .catch(function () {});
      }, 250);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "Down") {
        if (!options.length) return;
        e.preventDefault();
        if (list.hidden) { open(); if (!e.altKey) setActive(0); return; }
        setActive(active + 1 < options.length ? active + 1 : 0);
      } else if (e.key === "ArrowUp" || e.key === "Up") {
        if (!options.length) return;
        e.preventDefault();
        if (list.hidden) { open(); setActive(options.length - 1); return; }
        setActive(active > 0 ? active - 1 : options.length - 1);
      } else if (e.key === "Enter") {
        if (!list.hidden && active >= 0) { e.preventDefault(); follow(options[active]); }
      } else if (e.key === "Escape" || e.key === "Esc") {
        if (!list.hidden) { e.preventDefault(); close(); }
        else if (input.value) { e.preventDefault(); input.value = ""; show([]); status.textContent = ""; }
      }
    });
    input.addEventListener("blur", close);
  });

  // The agent's composer: the send button says the status it submits as.
  document.querySelectorAll("form[data-composer]").forEach(function (form) {
    var select = form.querySelector("[data-submit-as]");
    if (!select) return;
    select.addEventListener("change", function () {
      var label = select.options[select.selectedIndex].text;
      form.querySelectorAll("[data-template]").forEach(function (span) {
        span.textContent = span.getAttribute("data-template").replace("{status}", label);
      });
    });
  });

  // Code blocks wider than their column scroll: keyboard users reach
  // them with Tab (a scrollable region must be focusable).
  function focusableCode(root) {
    root.querySelectorAll(".article-body pre, pre").forEach(function (pre) {
      if (pre.scrollWidth > pre.clientWidth) pre.setAttribute("tabindex", "0");
    });
  }
  focusableCode(document);

  // Help-center editor: a live preview, rendered by the server (its
  // renderer is the reference) a moment after typing stops.
  document.querySelectorAll("form[data-live-preview]").forEach(function (form) {
    var target = document.getElementById("preview");
    var status = document.getElementById("preview-status");
    var body = form.querySelector("#body");
    if (!target || !body) return;
    var timer = null;
    var sent = 0;
    function refresh() {
      var n = ++sent;
      if (status) status.textContent = status.getAttribute("data-updating");
      fetch(form.getAttribute("data-live-preview"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(new FormData(form)).toString()
      })
        .then(function (res) { return res.text(); })
        .then(function (html) {
          if (n !== sent) return;
          target.innerHTML = html;
          focusableCode(target);
          if (status) status.textContent = status.getAttribute("data-updated");
        })
        .catch(function () {});
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    }
    body.addEventListener("input", later);
    var title = form.querySelector("#title");
    if (title) title.addEventListener("input", later);
    var locale = form.querySelector("#locale");
    if (locale) locale.addEventListener("change", later);
  });

  // Tell the server the browser's UTC offset, so agents see times in
  // their own zone (the server falls back to UTC without it).
  var tz = -new Date().getTimezoneOffset();
  if (document.cookie.indexOf("sportello_tz=" + tz) === -1) {
    document.cookie = "sportello_tz=" + tz + "; path=/; max-age=31536000; SameSite=Lax";
  }

  // Move focus to the error summary so keyboard and screen reader users hear it.
  var summary = document.querySelector(".refusal-review") || document.querySelector(".error-summary");
  if (summary) summary.focus();
})();
