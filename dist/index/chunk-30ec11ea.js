function deadlineSignal(signal,remainingMs){let timeout=AbortSignal.timeout(Math.max(1,Math.ceil(remainingMs)));return signal?AbortSignal.any([signal,timeout]):timeout}export{deadlineSignal};
