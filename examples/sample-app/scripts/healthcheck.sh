#!/bin/sh
echo "[$LIFECYCLE_EVENT] health check passed"
