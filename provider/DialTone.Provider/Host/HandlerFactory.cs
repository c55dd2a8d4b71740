using DialTone.Provider.Components;
using DialTone.Provider.Contracts;
using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Rpc;
using Microsoft.Extensions.DependencyInjection;

namespace DialTone.Provider.Host;

/// <summary>Builds the handler of each declared resource and component, its implementation made by the container.</summary>
public static class HandlerFactory
{
    public static IResourceHandler Resource(ResourceDescriptor descriptor, IServiceProvider services) =>
        (IResourceHandler)Activator.CreateInstance(
            typeof(ResourceHandler<,>).MakeGenericType(descriptor.Inputs.ClrType, descriptor.Outputs.ClrType),
            descriptor,
            ActivatorUtilities.CreateInstance(services, descriptor.Implementation),
            services.GetRequiredService<IEngineLog>())!;

    public static IComponentHandler Component(ComponentDescriptor descriptor, IServiceProvider services) =>
        (IComponentHandler)Activator.CreateInstance(
            typeof(ComponentHandler<,>).MakeGenericType(descriptor.Inputs.ClrType, descriptor.Outputs.ClrType),
            descriptor,
            ActivatorUtilities.CreateInstance(services, descriptor.Implementation),
            (Func<string, IResourceMonitor>)(address => new ResourceMonitorClient(address)))!;
}
