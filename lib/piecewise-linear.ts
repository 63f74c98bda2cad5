/** A point of a piecewise-linear map; the points are listed with x ascending. */
export type Point = readonly [x: number, y: number];

/**
 * y at `x` on the lines through `points`, rounded to an integer; x outside the points takes the first or
 * last y. The email score scale (lib/tone/measure.ts) and the sensitivity slider's words
 * (lib/dashboard/expected-flag-rate.ts) are both such maps.
 */
export function piecewiseLinear(x: number, points: readonly Point[]): number {
  if (x <= points[0][0]) return Math.round(points[0][1]);
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    // x is past points[i - 1] (the loop got here), so x1 > x0.
    if (x <= x1) {
      const [x0, y0] = points[i - 1];
      return Math.round(y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
    }
  }
  return Math.round(points[points.length - 1][1]);
}
