// Cases start from a placement and tasks come from the processes: Tasklist's "Start process" and "Create task" stay
// off the header of anyone the engine would refuse them to (collectors, legal, managers), rather than failing on use.
const root = document.querySelector('base').getAttribute('app-root');

const ACTIONS = [
  // resourceType 8: process instance; 7: task (org.camunda.bpm.engine.authorization.Resources)
  { selector: '.start-process-action', resourceName: 'ProcessInstance', resourceType: 8 },
  { selector: '.create-task-action', resourceName: 'Task', resourceType: 7 }
];

const style = document.createElement('style');
style.textContent = ACTIONS.map(action => `${action.selector} { display: none !important; }`).join('\n');
document.head.appendChild(style);

async function mayCreate(action) {
  const query = new URLSearchParams({
    permissionName: 'CREATE', resourceName: action.resourceName, resourceType: action.resourceType
  });
  const answer = await fetch(`${root}/api/engine/engine/default/authorization/check?${query}`, {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  return answer.ok && (await answer.json()).authorized === true;
}

function refresh() {
  Promise.all(ACTIONS.map(mayCreate)).then(allowed => {
    style.textContent = ACTIONS.filter((action, i) => !allowed[i])
      .map(action => `${action.selector} { display: none !important; }`).join('\n');
  }).catch(() => {
    // Nothing is shown that the engine did not allow.
  });
}

// Signing in or out changes the user without loading the page again.
window.addEventListener('hashchange', refresh);
refresh();
