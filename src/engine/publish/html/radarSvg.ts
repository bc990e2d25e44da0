// The ten-principle radar: one axis per principle (1 at the centre, 5 at the rim), rings at each
// whole score, the band limits in the ring labels, and the partnership's scores as one polygon.
// A principle without a score sits at the centre and its label says "no score", so a gap is never
// drawn as a low score without saying so.

import type { PrincipleResult } from "../../assessment/types";
import { CHART_COLOURS } from "../../templates/styles";
import { reportText, type ReportText } from "../texts";
import { escapeHtml } from "./escape";
import { coordinate, numbersIn, type ReportNumbers } from "./numbers";

// Wide enough for the labels left and right of the rim ("DATA 2.78"), which a square would clip.
const WIDTH = 580;
const HEIGHT = 390;
const CENTRE_X = WIDTH / 2;
const CENTRE_Y = HEIGHT / 2;
const RADIUS = 150;
const LABEL_GAP = 22;

interface Point {
  readonly x: number;
  readonly y: number;
}

function pointAt(axis: number, axes: number, distance: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  return { x: CENTRE_X + distance * Math.cos(angle), y: CENTRE_Y + distance * Math.sin(angle) };
}

function radiusOf(score: number): number {
  return ((score - 1) / 4) * RADIUS;
}

function pointsText(points: readonly Point[]): string {
  return points.map((point) => `${coordinate(point.x)},${coordinate(point.y)}`).join(" ");
}

/**
 * The radar in the page's words: `name` gives a principle's name in its language, `numbers` writes
 * the scores as the language does.
 */
export function radarSvg(
  principles: readonly PrincipleResult[],
  t: ReportText = reportText("en"),
  name: (principle: PrincipleResult) => string = (principle) => principle.name,
  numbers: ReportNumbers = numbersIn("en"),
): string {
  const axes = principles.length;
  const rings = [2, 3, 4, 5].map((score) => {
    const ring = principles.map((_, axis) => pointAt(axis, axes, radiusOf(score)));
    const labelAt = pointAt(0, axes, radiusOf(score));
    return (
      `<polygon class="radar-ring" points="${pointsText(ring)}" fill="none" stroke="#BFBFBF" stroke-width="1"/>` +
      `<text class="radar-ring-label" x="${coordinate(labelAt.x + 4)}" y="${coordinate(labelAt.y + 12)}" font-size="11" fill="#595959">${score}</text>`
    );
  });
  const axisLines = principles.map((principle, axis) => {
    const end = pointAt(axis, axes, RADIUS);
    return `<line class="radar-axis" data-principle="${escapeHtml(principle.principle)}" x1="${CENTRE_X}" y1="${CENTRE_Y}" x2="${coordinate(end.x)}" y2="${coordinate(end.y)}" stroke="#7F7F7F" stroke-width="1"/>`;
  });
  const labels = principles.map((principle, axis) => {
    const at = pointAt(axis, axes, RADIUS + LABEL_GAP);
    const anchor = Math.abs(at.x - CENTRE_X) < 1 ? "middle" : at.x > CENTRE_X ? "start" : "end";
    const score = principle.score === null ? t("noScore") : numbers.fivePoint(principle.score);
    return `<text x="${coordinate(at.x)}" y="${coordinate(at.y + 4)}" text-anchor="${anchor}" font-size="13" fill="#1F1F1F"><tspan font-weight="bold">${escapeHtml(principle.principle)}</tspan> ${score}</text>`;
  });
  const scorePoints = principles.map((principle, axis) =>
    pointAt(axis, axes, principle.score === null ? 0 : radiusOf(principle.score)),
  );
  const markers = principles.flatMap((principle, axis) => {
    const at = scorePoints[axis];
    if (principle.score === null || at === undefined) return [];
    return [
      `<circle class="radar-point" cx="${coordinate(at.x)}" cy="${coordinate(at.y)}" r="4" fill="${CHART_COLOURS.principles}"><title>${escapeHtml(name(principle))}: ${numbers.fivePoint(principle.score)}</title></circle>`,
    ];
  });
  return [
    `<svg class="chart radar" role="img" aria-labelledby="radar-title" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">`,
    `<title id="radar-title">${t("radarTitle")}</title>`,
    ...rings,
    ...axisLines,
    `<polygon class="radar-scores" points="${pointsText(scorePoints)}" fill="${CHART_COLOURS.principles}" fill-opacity="0.25" stroke="${CHART_COLOURS.principles}" stroke-width="2"/>`,
    ...markers,
    ...labels,
    `</svg>`,
  ].join("");
}
