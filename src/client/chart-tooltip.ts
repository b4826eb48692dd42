// <chart-tooltips>: wraps a chart drawn on the server and, once JavaScript runs, shows each mark's
// figure in a tooltip on hover, and lets a keyboard user move through the marks with the arrow keys
// (one tab stop for the whole chart). The figures are already in the description and the table, so
// nothing is lost without it. The tooltip is drawn inside the SVG and positioned with attributes,
// not inline styles, so it works under a strict Content-Security-Policy.

const svgNs = 'http://www.w3.org/2000/svg';

class ChartTooltips extends HTMLElement {
  connectedCallback(): void {
    const svg = this.querySelector('svg');
    if (!svg || this.hasAttribute('data-ready')) return;
    const byX = svg.getAttribute('data-reading-order') !== 'y';
    const anchor = (mark: Element, axis: 'x' | 'y') => Number(mark.getAttribute(`data-tip-${axis}`));
    const marks = [...svg.querySelectorAll<SVGGraphicsElement>('[data-tip]')].sort((a, b) =>
      byX ? anchor(a, 'x') - anchor(b, 'x') || anchor(a, 'y') - anchor(b, 'y') : anchor(a, 'y') - anchor(b, 'y') || anchor(a, 'x') - anchor(b, 'x'),
    );
    if (!marks.length) return;
    this.setAttribute('data-ready', '');

    const tip = document.createElementNS(svgNs, 'g');
    tip.setAttribute('class', 'chart__tip');
    tip.setAttribute('aria-hidden', 'true');
    tip.setAttribute('visibility', 'hidden');
    const box = document.createElementNS(svgNs, 'rect');
    box.setAttribute('rx', '4');
    const text = document.createElementNS(svgNs, 'text');
    text.setAttribute('font-size', '16');
    tip.append(box, text);
    svg.append(tip);

    // Keyboard users hear the figure they move to; pointer users see it.
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    this.append(status);
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.id = `${svg.id || svg.querySelector('title')?.id || 'chart'}-keys`;
    hint.textContent = 'Use the arrow keys to read each figure in the chart.';
    this.append(hint);
    svg.setAttribute('tabindex', '0');
    svg.setAttribute('aria-describedby', `${svg.getAttribute('aria-describedby') ?? ''} ${hint.id}`.trim());

    let active = -1;
    const view = svg.viewBox.baseVal;
    const show = (index: number, announce: boolean) => {
      marks[active]?.classList.remove('is-active');
      active = index;
      const mark = marks[index]!;
      mark.classList.add('is-active');
      const label = mark.getAttribute('data-tip') ?? '';
      text.textContent = label;
      tip.setAttribute('visibility', 'visible');
      const width = text.getComputedTextLength() + 16;
      const height = 28;
      const x = Math.max(0, Math.min(anchor(mark, 'x') - width / 2, view.width - width));
      let y = anchor(mark, 'y') - height - 8;
      if (y < 0) y = anchor(mark, 'y') + 8;
      box.setAttribute('x', String(x));
      box.setAttribute('y', String(y));
      box.setAttribute('width', String(width));
      box.setAttribute('height', String(height));
      text.setAttribute('x', String(x + 8));
      text.setAttribute('y', String(y + 20));
      if (announce) status.textContent = label;
    };
    const hide = () => {
      marks[active]?.classList.remove('is-active');
      tip.setAttribute('visibility', 'hidden');
    };

    svg.addEventListener('pointermove', (event) => {
      const mark = (event.target as Element).closest('[data-tip]');
      const index = mark ? marks.indexOf(mark as SVGGraphicsElement) : -1;
      if (index >= 0) show(index, false);
      else hide();
    });
    svg.addEventListener('pointerleave', hide);
    // Focus starts on the latest figure, the one a reader usually wants.
    svg.addEventListener('focus', () => show(active >= 0 ? active : marks.length - 1, true));
    svg.addEventListener('blur', hide);
    svg.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      let next: number | undefined;
      if (event.key in moves) next = Math.max(0, Math.min(marks.length - 1, active + moves[event.key]!));
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = marks.length - 1;
      else if (event.key === 'Escape') hide();
      if (next === undefined) return;
      event.preventDefault();
      show(next, true);
    });
  }
}

if (!customElements.get('chart-tooltips')) customElements.define('chart-tooltips', ChartTooltips);
