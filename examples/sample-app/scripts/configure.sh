#!/bin/sh
set -e
echo "[$LIFECYCLE_EVENT] writing configuration for $APPLICATION_NAME/$DEPLOYMENT_GROUP_NAME"
