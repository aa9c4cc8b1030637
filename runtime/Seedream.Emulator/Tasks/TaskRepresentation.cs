using System;
using System.Collections.Generic;
using System.Globalization;
using Seedream.Transport;
using WireTask = Seedream.Transport.SeedreamTask;

namespace Seedream.Emulator;

/// <summary>Builds the wire form (<see cref="WireTask"/>) of an emulated task as it is at a given moment.</summary>
internal sealed class TaskRepresentation
{
    private readonly EmulatorAddress _address;
    private readonly RenderedImages _images;

    /// <summary>Creates the builder.</summary>
    /// <param name="address">The emulator's base address, for links.</param>
    /// <param name="images">The encoded images, for <c>b64_json</c> answers.</param>
    public TaskRepresentation(EmulatorAddress address, RenderedImages images)
    {
        _address = address;
        _images = images;
    }

    /// <summary>The answer to a create: the task, <c>queued</c>, as the provider answers it.</summary>
    /// <param name="task">The new task.</param>
    public WireTask Created(EmulatedTask task) => new()
    {
        Task_id = task.Id,
        Model = task.Request.Model.Id,
        Action = task.Request.Action,
        Status = SeedreamTaskStatus.Queued.Value,
        Progress = 0,
        Created_at = task.CreatedAt.ToUnixTimeMilliseconds(),
        Urls = Urls(task),
    };

    /// <summary>The answer of <c>/v1/tasks/sync</c> when the task did not finish in time.</summary>
    /// <param name="task">The task.</param>
    /// <param name="now">The current time.</param>
    public WireTask StillProcessing(EmulatedTask task, DateTimeOffset now) => new()
    {
        Task_id = task.Id,
        Status = SeedreamTaskStatus.Processing.Value,
        Progress = task.PhaseAt(now).Progress,
        Poll_url = "/v1/tasks/" + task.Id,
    };

    /// <summary>The full task as it is at <paramref name="now"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="now">The current time.</param>
    public WireTask At(EmulatedTask task, DateTimeOffset now)
    {
        var phase = task.PhaseAt(now);
        var answer = new WireTask
        {
            Task_id = task.Id,
            Model = task.Request.Model.Id,
            Action = task.Request.Action,
            Status = phase.Status.Value,
            Progress = phase.Progress,
            Created_at = task.CreatedAt.ToUnixTimeMilliseconds(),
            Urls = Urls(task),
        };

        if (task.CancelledAt is null && now >= task.StartsAt)
        {
            answer.Start_time = task.StartsAt.ToUnixTimeMilliseconds();
        }

        answer.Completed_at = task.EndedAt(now)?.ToUnixTimeMilliseconds();
        if (phase.Status == SeedreamTaskStatus.Completed)
        {
            answer.Result = Result(task);
        }
        else if (phase.Status == SeedreamTaskStatus.Failed)
        {
            answer.Error = new TaskError
            {
                Message = "The emulator failed this task on purpose (EmulatorOptions.TaskFailureRate).",
                Code = "task_failed",
            };
        }

        return answer;
    }

    private TaskResult Result(EmulatedTask task)
    {
        var images = new List<TaskImage>(task.Images.Count);
        foreach (var image in task.Images)
        {
            images.Add(image.Fails ? FailedImage(image, task.Images.Count) : Image(task, image));
        }

        return new TaskResult { Images = images };
    }

    private TaskImage Image(EmulatedTask task, PlannedImage image)
    {
        var entry = new TaskImage
        {
            Size = string.Create(CultureInfo.InvariantCulture, $"{image.Width}x{image.Height}"),
        };

        if (task.Request.Base64)
        {
            entry.B64_json = Convert.ToBase64String(_images.Get(image));
        }
        else
        {
            entry.Url = new List<string> { _address.Absolute("files/" + image.FileName) };
            entry.Expires_at = task.LinksExpireAt.ToUnixTimeMilliseconds();
        }

        return entry;
    }

    private static TaskImage FailedImage(PlannedImage image, int count) => new()
    {
        Error = new TaskError
        {
            Message = string.Create(CultureInfo.InvariantCulture, $"Image {image.Index + 1} of {count} failed on purpose (EmulatorOptions.SetItemFailureRate)."),
            Code = "image_failed",
        },
    };

    private TaskUrls Urls(EmulatedTask task) => new()
    {
        Get = _address.Absolute("v1/tasks/" + task.Id),
        Cancel = _address.Absolute("v1/tasks/" + task.Id + "/cancel"),
    };
}
