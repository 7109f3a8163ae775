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
