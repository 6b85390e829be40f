/**
 * THE painter: one per article body, holding every mark painted over the text (search matches, the
 * current match, highlight colours, focus, flash) in ordered layers (paint-layers.ts). Each layer is
 * a list of spans of articleText() with the CSS Highlight name that styles them; the painter maps
 * them to DOM Ranges (one range mapper for all layers), registers them with CSS.highlights at the
 * layer's priority, and rebuilds every Range when the article's text nodes change under it.
 *
 * Why the Custom Highlight API and not <mark> wrappers: React owns the article DOM and the reader
 * relies on every block being a single text node (the Range ⇄ offset contract). Ranges leave the DOM
 * untouched, overlapping and nested highlights stay separate objects, and 1,000 highlights are 1,000
 * Range objects with no layout work of our own.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { TextRange } from '../../shared/model';
import { createRangeMapper, type RangeMapper } from '../dom/offsets';
import { clearHighlight, paintHighlight } from '../dom/paint-highlights';
import { layerPriority, PAINT_LAYERS, type PaintLayer } from './paint-layers';

export interface PaintSpan extends TextRange {
  id: string;
  /** The CSS Highlight name that styles it (a layer may hold several: one per highlight colour). */
  name: string;
}

export interface Painter {
  /** Replaces what a layer shows. */
  paint(layer: PaintLayer, spans: readonly PaintSpan[]): void;
  clear(layer: PaintLayer): void;
  /** The Range a span of a layer is painted with, or null (not painted, or not in the rendered text). */
  rangeOf(layer: PaintLayer, id: string): Range | null;
  /** Told after any layer's Ranges change (a paint, or the text re-rendered). */
  subscribe(listener: () => void): () => void;
  /** Bumps on every change, for useSyncExternalStore. */
  version(): number;
  /**
   * Declares a user (the reader, the highlight layer): while there is one, the painter follows the
   * article's DOM. Returns the release; when the last user goes, every mark is cleared.
   */
  retain(): () => void;
}

interface LayerState {
  spans: readonly PaintSpan[];
  ranges: Map<string, Range>;
  names: Set<string>;
}

export function createPainter(root: Element): Painter {
  let mapper: RangeMapper | null = null;
  const mapperNow = () => (mapper ??= createRangeMapper(root));
  const layers = new Map<PaintLayer, LayerState>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const l of [...listeners]) l();
  };

  const draw = (layer: PaintLayer, spans: readonly PaintSpan[]) => {
    const before = layers.get(layer);
    const ranges = new Map<string, Range>();
    const byName = new Map<string, Range[]>();
    for (const span of spans) {
      const range = mapperNow()(span.start, span.end);
      if (!range) continue;
      ranges.set(span.id, range);
      const list = byName.get(span.name);
      if (list) list.push(range);
      else byName.set(span.name, [range]);
    }
    for (const name of before?.names ?? []) if (!byName.has(name)) clearHighlight(name);
    for (const [name, list] of byName) paintHighlight(name, list, layerPriority(layer));
    layers.set(layer, { spans, ranges, names: new Set(byName.keys()) });
  };

  // The text nodes were replaced (a re-render): new Ranges for every layer, once per frame at most.
  let frame = 0;
  const observer = new MutationObserver(() => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      mapper = createRangeMapper(root);
      for (const layer of PAINT_LAYERS) {
        const state = layers.get(layer);
        if (state) draw(layer, state.spans);
      }
      changed();
    });
  });
  let users = 0;

  return {
    paint(layer, spans) {
      draw(layer, spans);
      changed();
    },
    clear(layer) {
      if (!layers.has(layer)) return;
      draw(layer, []);
      layers.delete(layer);
      changed();
    },
    rangeOf: (layer, id) => layers.get(layer)?.ranges.get(id) ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    retain() {
      if (users++ === 0) {
        mapper = null;
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--users > 0) return;
        observer.disconnect();
        if (frame !== 0) cancelAnimationFrame(frame);
        frame = 0;
        for (const layer of PAINT_LAYERS) if (layers.has(layer)) draw(layer, []);
        layers.clear();
        changed();
      };
    },
  };
}

const painters = new WeakMap<Element, Painter>();

/** The one painter of an article body, shared by everything that paints on it. */
export function painterFor(root: Element): Painter {
  let painter = painters.get(root);
  if (!painter) {
    painter = createPainter(root);
    painters.set(root, painter);
  }
  return painter;
}

/**
 * The painter of an article body for a component (the reader's search marks, the highlight layer),
 * retained while it is mounted: when the last user goes, every mark is cleared.
 */
export function usePainter(root: Element | null): Painter | null {
  const painter = root ? painterFor(root) : null;
  useEffect(() => painter?.retain(), [painter]);
  return painter;
}

const noSubscribe = () => () => {};

/** A painted span's Range, kept current as the painter changes (null without one). */
export function usePaintedRange(painter: Painter | null, layer: PaintLayer, id: string | null): Range | null {
  return useSyncExternalStore(painter ? painter.subscribe : noSubscribe, () => (painter && id !== null ? painter.rangeOf(layer, id) : null));
}
