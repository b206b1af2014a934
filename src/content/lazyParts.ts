import { createElement, use, type ComponentType } from 'react';
import type { NodeId } from '../flows/ids';
import type { NodeParts, NodeProps, PartsOf } from './types';
import { loader } from '../lib/tracked';

/**
 * A flow's help texts and outcome bodies are components, kept in their own module so that the first
 * load carries only the questions and answers. `part(id, 'Body')` renders one of them (suspending until the
 * module is there); `preload()` fetches the module, so that a first render after it does not suspend.
 */
export function partsOf<Ids extends NodeId>(load: () => Promise<{ parts: PartsOf<Ids> }>) {
  const { load: preload } = loader(load);
  const part = (id: Ids, name: keyof NodeParts): ComponentType<NodeProps> => {
    function Part(props: NodeProps) {
      const { parts } = use(preload());
      const component = (parts[id] as NodeParts | undefined)?.[name];
      return component ? createElement(component, props) : null;
    }
    Part.displayName = `${name}(${id})`;
    return Part;
  };
  return { part, preload };
}
