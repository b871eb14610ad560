"""The Pelican glue: readers, signal handlers, generators and writers."""
