export interface Contact {
  id: string;
  customerId: string;
  name: string;
  title?: string;
  department?: string;
  mobile?: string;
  phone?: string;
  email?: string;
  qq?: string;
  wechat?: string;
  birthday?: string;
  birthdayIsLunar: boolean;
  primary: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}
