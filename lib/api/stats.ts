// Rates and message statistics as the management API reports them (shared by every resource).

export interface RateDetails {
  rate: number;
  samples?: Array<{ sample: number; timestamp: number }>;
}

export interface MessageStats {
  publish?: number;
  publish_details?: RateDetails;
  publish_in_details?: RateDetails;
  publish_out_details?: RateDetails;
  confirm_details?: RateDetails;
  deliver_details?: RateDetails;
  deliver_no_ack_details?: RateDetails;
  deliver_get_details?: RateDetails;
  ack_details?: RateDetails;
  redeliver_details?: RateDetails;
  get_details?: RateDetails;
  get_no_ack_details?: RateDetails;
  get_empty_details?: RateDetails;
  return_unroutable_details?: RateDetails;
  drop_unroutable_details?: RateDetails;
  disk_reads_details?: RateDetails;
  disk_writes_details?: RateDetails;
}
