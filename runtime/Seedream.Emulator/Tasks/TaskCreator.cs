using Newtonsoft.Json.Linq;

namespace Seedream.Emulator;

/// <summary>Turns a create request into a task: validates it, charges the quota, stores the task and schedules its webhook.</summary>
internal sealed class TaskCreator
{
    private readonly TaskStore _store;
    private readonly QuotaLedger _quota;
    private readonly WebhookDispatcher _webhooks;
    private readonly EmulatorCounters _counters;
    private readonly SeedreamModelCatalog _catalog;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where tasks are kept.</param>
    /// <param name="quota">The quota tasks are charged to.</param>
    /// <param name="webhooks">Delivers finished tasks.</param>
    /// <param name="counters">Where created tasks are counted.</param>
    /// <param name="catalog">The model tables requests are checked against.</param>
    public TaskCreator(TaskStore store, QuotaLedger quota, WebhookDispatcher webhooks, EmulatorCounters counters, SeedreamModelCatalog catalog)
    {
        _catalog = catalog;
        _store = store;
        _quota = quota;
        _webhooks = webhooks;
        _counters = counters;
    }

    /// <summary>Creates a task from the request body.</summary>
    /// <param name="body">The parsed request body.</param>
    /// <exception cref="InvalidRequestException">The request is not acceptable (400).</exception>
    /// <exception cref="InsufficientQuotaException">The quota cannot pay for it (402).</exception>
    /// <exception cref="TaskStoreFullException">The emulator holds as many tasks as it may and none has ended (429).</exception>
    public EmulatedTask Create(JToken body)
    {
        var request = CreateTaskRequestValidator.Validate(body, _catalog);
        if (!_quota.TryCharge(request.N))
        {
            throw new InsufficientQuotaException(
                $"Insufficient balance: this task costs {request.N} image(s) and the quota has {_quota.Remaining} left.");
        }

        EmulatedTask task;
        try
        {
            task = _store.Create(request);
        }
        catch (TaskStoreFullException)
        {
            _quota.Refund(request.N);
            throw;
        }

        _counters.TaskCreated();
        _webhooks.Schedule(task);
        return task;
    }
}
