// What reads a document into its model for loadModel and the lint: the batch's isolated reader
// (worker processes under limits) implements it; without one, documents are parsed in this process.
import type { RoadmapModel } from '../model/roadmap.js';

export interface DocumentReader {
  read(abs: string, file: string): Promise<RoadmapModel>;
  close(): Promise<void>;
}
