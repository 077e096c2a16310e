import { duckDbPlace } from '../test-support/places';
import { describeRegistryContract } from './registry-contract';

describeRegistryContract('duckdb', duckDbPlace);
