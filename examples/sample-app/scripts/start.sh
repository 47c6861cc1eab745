#!/bin/sh
set -e
echo "[$LIFECYCLE_EVENT] starting shop"
