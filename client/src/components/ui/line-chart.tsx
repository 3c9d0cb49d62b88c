import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { timeTickLabels, valueTickLabels } from './chart-labels';

export interface LineChartProps {
  /** Accessible name of the chart; the visual is hidden from assistive tech, so say what it shows. */
  label: string;
  /** X values in epoch seconds, ascending. */
  xs: readonly number[];
  ys: readonly number[];
  seriesLabel: string;
  unit: string;
  height?: number;
  color?: string;
}

const AXIS_FONT = '12px system-ui, sans-serif';

/**
 * The y axis is as wide as its longest label (measured on the chart's own canvas) plus the tick and gap, so
 * "1,263.6 MW" is never cut to ":63.6 MW" as a fixed width did.
 */
function fitAxis(self: uPlot, values: string[] | null, axisIndex: number, cycle: number): number {
  const axis = self.axes[axisIndex] as uPlot.Axis & { _size?: number };
  if (cycle > 1 && axis._size !== undefined) return axis._size;
  const longest = (values ?? []).reduce((widest, label) => (label.length > widest.length ? label : widest), '');
  self.ctx.font = AXIS_FONT;
  const text = longest ? self.ctx.measureText(longest).width : 0;
  return Math.ceil(text + 8 + 10 + 4);
}

function options(props: LineChartProps, width: number): uPlot.Options {
  return {
    width,
    height: props.height ?? 240,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true } },
    axes: [
      {
        stroke: '#4b5563',
        grid: { stroke: '#e5e7eb' },
        font: AXIS_FONT,
        values: (u, ticks) => timeTickLabels(ticks, (u.scales.x?.max ?? 0) - (u.scales.x?.min ?? 0)),
      },
      {
        stroke: '#4b5563',
        grid: { stroke: '#e5e7eb' },
        font: AXIS_FONT,
        size: fitAxis,
        values: (_u, ticks) => valueTickLabels(ticks, props.unit),
      },
    ],
    series: [{}, { label: props.seriesLabel, stroke: props.color ?? '#1d4ed8', width: 2, points: { show: false } }],
  };
}

/**
 * uPlot draws thousands of points on one canvas in well under a millisecond per update, which keeps
 * the live overview inside the 200 ms long-task budget at one update per tick.
 */
export function LineChart(props: LineChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    const plot = new uPlot(options(latest.current, element.clientWidth || 600), toData(latest.current), element);
    chart.current = plot;
    const observer = new ResizeObserver(() => {
      plot.setSize({ width: element.clientWidth || 600, height: latest.current.height ?? 240 });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setData(toData(props));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- toData reads only xs and ys; a new label or colour must not reset the data
  }, [props.xs, props.ys]);

  return (
    <figure className="chart" aria-label={props.label} role="img">
      <div ref={holder} className="chart-canvas" aria-hidden="true" />
    </figure>
  );
}

function toData(props: LineChartProps): uPlot.AlignedData {
  return [props.xs as number[], props.ys as number[]];
}
