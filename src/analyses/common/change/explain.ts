import type { Engine } from '../../../engine/engine';
import { driverDimensions, driversSql, type DriversQuery } from './drivers-sql';
import { readDriverCells, scoreDrivers, type DriverAnalysis, type DriverOptions } from './drivers-shape';
import { isAdditive } from './kpi-weight';

/**
 * "Why did it move?": runs the one GROUPING SETS pass and scores every one- and two-attribute combination. Usable
 * from any panel (a KPI tile, a flagged point, a reason's spike).
 */
export async function explainChange(
  engine: Engine,
  query: DriversQuery,
  options: Omit<DriverOptions, 'additive'> = {},
): Promise<DriverAnalysis> {
  const dims = driverDimensions(query.kpi, query.dimensions);
  const result = await engine.query(driversSql({ ...query, dimensions: dims }), { maxRows: 1_000_000 });
  const additive = isAdditive(query.kpi);
  const { total, cells } = readDriverCells(result, dims, additive);
  return scoreDrivers(total, cells, { ...options, additive });
}
