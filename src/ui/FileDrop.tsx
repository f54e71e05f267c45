import './widgets.css';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { filesFromDrop } from './dropped-files';

export interface FileDropProps {
  /** Called with every file dropped or picked (a dropped folder gives all its files). */
  onFiles: (files: File[]) => void;
  accept: readonly string[];
  title: string;
  hint: string;
  openLabel: string;
  folderLabel: string;
  disabled?: boolean;
  children?: ReactNode;
}

/** A drop area with buttons to pick files or a folder. */
export function FileDrop({ onFiles, accept, title, hint, openLabel, folderLabel, disabled, children }: FileDropProps) {
  const [over, setOver] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pick = (input: HTMLInputElement | null) => {
    const files = input?.files ? Array.from(input.files) : [];
    if (input) input.value = '';
    if (files.length) onFiles(files);
  };
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = await filesFromDrop(event.dataTransfer);
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={`file-drop${over ? ' file-drop-over' : ''}`}
      data-testid="file-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <strong>{title}</strong>
      <span className="file-drop-hint">{hint}</span>
      <div className="file-drop-buttons">
        <button type="button" disabled={disabled} onClick={() => filesInput.current?.click()}>
          {openLabel}
        </button>
        <button type="button" disabled={disabled} onClick={() => folderInput.current?.click()}>
          {folderLabel}
        </button>
      </div>
      {children}
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        data-testid="file-input"
        accept={accept.join(',')}
        onChange={(e) => pick(e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        data-testid="folder-input"
        {...{ webkitdirectory: '' }}
        onChange={(e) => pick(e.currentTarget)}
      />
    </div>
  );
}
