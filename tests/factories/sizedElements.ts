// Combobox lists are virtualised: @tanstack/virtual renders options only into elements with a size (0 in jsdom).
export function giveElementsSize(px = 400): void {
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(px);
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(px);
  jest.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(px);
  jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(px);
}
