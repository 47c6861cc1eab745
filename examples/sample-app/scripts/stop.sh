#!/bin/sh
# Stops the running app, if any. Runs from the previous revision's bundle.
echo "[$LIFECYCLE_EVENT] stopping shop (deployment $DEPLOYMENT_ID)"
exit 0
