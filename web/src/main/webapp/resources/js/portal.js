/*
 * Task Force Portal: the little script every page needs, loaded from the portal itself (the Content-Security-Policy
 * allows 'self' and PrimeFaces' nonce, never inline code).
 *
 * - The header's menu button: on a phone the navigation, task force switcher, language and sign-out fold into a menu
 *   that this button opens and closes (aria-expanded tells screen readers; Escape closes it and gives focus back).
 *   Without this script nothing is folded (the class "js-menu" on <html> is what folds it), so the portal stays usable.
 * - The calendar's phone layout: portalScheduleExtender opens the list view under 40rem and keeps day headers short.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('js-menu');
    document.addEventListener('DOMContentLoaded', function () {
        var toggle = document.getElementById('menuToggle');
        var menu = document.getElementById('portalMenu');
        if (!toggle || !menu) {
            return;
        }
        function set(open) {
            toggle.setAttribute('aria-expanded', String(open));
            menu.classList.toggle('open', open);
        }
        toggle.addEventListener('click', function () {
            set(toggle.getAttribute('aria-expanded') !== 'true');
        });
        menu.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && menu.classList.contains('open')) {
                set(false);
                toggle.focus();
            }
        });
    });
}());

/** PrimeFaces schedule extender (p:schedule extender="portalScheduleExtender"): the phone layout of the calendar. */
function portalScheduleExtender() {
    if (window.matchMedia('(max-width: 40rem)').matches) {
        this.cfg.options.initialView = 'listWeek';
        this.cfg.options.dayHeaderFormat = { weekday: 'narrow', day: 'numeric' };
        this.cfg.options.headerToolbar = { left: 'prev,next today', center: '', right: 'title' };
        this.cfg.options.footerToolbar = { center: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek' };
    }
}

/*
 * The rich text editor (p:textEditor, Quill) gets accessible names: the editor the name of its label, and each toolbar
 * button (drawn as an icon only) what it does, in the page's language, so that screen readers say it (and axe-core
 * finds no nameless field or button).
 */
(function () {
    'use strict';
    var names = {
        es: { bold: 'Negrita', italic: 'Cursiva', underline: 'Subrayado', strike: 'Tachado', link: 'Enlace',
              list: 'Lista', blockquote: 'Cita', 'code-block': 'Código', clean: 'Quitar el formato',
              header: 'Título', align: 'Alineación', indent: 'Sangría', script: 'Índice', color: 'Color',
              background: 'Fondo', font: 'Fuente', size: 'Tamaño', image: 'Imagen', video: 'Video',
              direction: 'Dirección', formula: 'Fórmula' },
        en: { bold: 'Bold', italic: 'Italic', underline: 'Underline', strike: 'Strike-through', link: 'Link',
              list: 'List', blockquote: 'Quote', 'code-block': 'Code', clean: 'Clear formatting', header: 'Heading',
              align: 'Alignment', indent: 'Indent', script: 'Script', color: 'Colour', background: 'Background',
              font: 'Font', size: 'Size', image: 'Image', video: 'Video', direction: 'Direction', formula: 'Formula' }
    };
    /** The editor (and Quill's editable area in it) is named by the page's label for it (p:outputLabel for=). */
    function nameEditors() {
        document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
            var label = editor.id && document.querySelector('label[for="' + CSS.escape(editor.id) + '"]');
            if (!label) {
                return;
            }
            if (!label.id) {
                label.id = editor.id + '_label';
            }
            [editor, editor.querySelector('.ql-editor')].forEach(function (element) {
                if (element && !element.getAttribute('aria-labelledby')) {
                    element.setAttribute('aria-labelledby', label.id);
                }
            });
        });
    }
    function label() {
        nameEditors();
        var words = names[document.documentElement.lang] || names.es;
        document.querySelectorAll('.ql-toolbar button, .ql-toolbar .ql-picker-label').forEach(function (control) {
            if (control.getAttribute('aria-label')) {
                return;
            }
            var format = Array.prototype.map.call((control.closest('.ql-picker') || control).classList, function (c) {
                return c.replace(/^ql-/, '');
            }).find(function (c) { return words[c]; });
            if (format) {
                var value = control.getAttribute('value');
                control.setAttribute('aria-label', words[format] + (value ? ' (' + value + ')' : ''));
            }
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        label();
        new MutationObserver(label).observe(document.body, { childList: true, subtree: true });
    });
}());

/*
 * Filter chips: a button with data-filter-table (a p:dataTable's widgetVar), data-filter-input (the id of its search
 * field) and data-filter-value puts its value in the search and filters the table; pressed again, it empties the
 * search. aria-pressed tells which chip is on; typing in the search turns them all off.
 */
(function () {
    'use strict';
    function chips(table) {
        return document.querySelectorAll('[data-filter-table="' + table + '"]');
    }
    document.addEventListener('click', function (event) {
        var chip = event.target.closest ? event.target.closest('[data-filter-table]') : null;
        var search = chip && document.getElementById(chip.getAttribute('data-filter-input'));
        if (!search || !window.PF) {
            return;
        }
        var on = chip.getAttribute('aria-pressed') !== 'true';
        chips(chip.getAttribute('data-filter-table')).forEach(function (other) {
            other.setAttribute('aria-pressed', 'false');
        });
        chip.setAttribute('aria-pressed', String(on));
        search.value = on ? chip.getAttribute('data-filter-value') : '';
        PF(chip.getAttribute('data-filter-table')).filter();
    });
    document.addEventListener('input', function (event) {
        var chip = event.target.id && document.querySelector('[data-filter-input="' + event.target.id + '"]');
        if (chip) {
            chips(chip.getAttribute('data-filter-table')).forEach(function (other) {
                other.setAttribute('aria-pressed', 'false');
            });
        }
    });
}());
