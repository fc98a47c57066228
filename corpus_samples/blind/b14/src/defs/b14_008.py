# b14-008  commercial  Aralast NP J0256 (no modifier), 312 mg waste documented, not billed  COMPLETE
# Styles: (7, own) scanned paper downtime administration record with an OCR text layer,
#         (3) pharmacist clinical monitoring note; plus pulmonary progress note.

OCR = """[SCANNED DOCUMENT - OCR TEXT LAYER]  Scan ID 20251008-0412-77   Pages 1/1   OCR confidence 0.91
Indexed to: RAMAN, PRIYA N  MRN 004418273  Encounter date 10/07/2025  Doc type: DOWNTIME MAR
---------------------------------------------------------------------------------------------
MERCY SOUTH INFUSION SERVlCES
DOWNTIME MEDlCATION ADMINISTRATION RECORD (PAPER)          Form DT-114 rev O3/2024
Use during EHR downtime on|y. Scan to chart within 24 h of system recovery.

Pt Name: RAMAN, Priya N           MRN: OO4418273          DOB: 11/O2/1981
Date: 1O/07/2025    Unit: Infusion - Chair 9      Downtime start: 11:55    EHR restored: 16:40
Al|ergies: NKDA                   lgA level on file: 204 mg/dL (2O22)

VITALS / MEASUREMENTS
  Wt: 69.8 kg  (standing sca|e)     Ht: 162 cm      Time: 13:2O
  Time    BP        HR    RR    SpO2    Temp    Init
  13:2O   118/72    82    16    96%     36.7    RK
  13:55   114/70    80    16    96%     --      RK
  14:3O   116/72    78    16    97%     36.6    RK

MEDlCATlONS GlVEN
  Medication            Dose          Route   Rate          Start    Stop     Init
  ------------------    ----------    -----   -----------   ------   ------   ----
  Acetaminophen         650 mg        PO      --            13:3O    --       RK
  NS flush              10 mL         lV      --            13:38    --       RK
  Aralast NP            4188 mg       IV      5 mL/min      13:42    l4:24    RK
   (alpha1-Pl)          (209.4 mL)
  NS flush              1O mL         lV      --            l4:25    --       RK

  Product/lot/exp: [pharmacy label sticker affixed - image region, text not recognized]
  Pump: LVP #I-22 (manual mode during downtime)   Fi|ter: 5 micron in-|ine   [x] yes  [ ] no

PRE-lNFUSlON CHECKLIST
  [x] 2 patient identifiers   [x] order verified (paper copy)   [x] pharmacy verified
  [x] PlV 22G L forearm, b|ood return   [ ] premed for reaction - not ordered
  [x] Epinephrine 0.3 mg auto-injector at chair

NOTES
  Pt to|erated infusion, no reaction. PlV removed 14:33, site c|ean.
  Remaining drug in 500 mg vial wasted per pharmacy (see pharmacy note) - witness JD.
  D/C home 14:4O with husband.

RN signature: R. Kowa|czyk RN (RK)    Date/time: 1O/07/2025 14:45
Witness (waste): J. Diaz, PharmD (JD)
Entered into EHR after recovery: late-entry flag set 10/08/2025 07:12 by RK (scan only)
---------------------------------------------------------------------------------------------
[END OF OCR TEXT]  Warnings: 22 low-confidence characters (l/I/1, O/0 substitutions)
"""

PHARM = """PHARMACY NOTE - ALPHA-1 PROTEINASE INHIBITOR DOSE VERIFICATION & WASTE  (LATE ENTRY - downtime)
Mercy South Infusion Pharmacy         Service date 10/07/2025, entered 10/08/2025 08:03
Pharmacist: Javier Diaz, PharmD        Patient: Raman, Priya N   44 y F   MRN 004418273
Ordering: Hana Okafor, MD (Pulmonology)    Plan: Highmark BCBS PPO (commercial)
Prior authorization: A1-7730214, valid 04/15/2025 - 04/14/2026 (Aralast NP, 60 mg/kg weekly)

S: Pt reports feeling well; no cold symptoms; last dose 09/30 tolerated. Never smoker.
O: Weight 69.8 kg (standing, 13:20 per downtime MAR). IgA 204 mg/dL.
   Dx: alpha-1 antitrypsin deficiency, PI*SZ, serum AAT 9.8 umol/L (pre-treatment, 2022).
   Emphysema on CT; FEV1 58% predicted (08/2025).

DOSE CALCULATION / VERIFICATION
   Order: Aralast NP 60 mg/kg IV weekly (exact weight-based dose; partial vials allowed).
   Dosing weight 69.8 kg x 60 mg/kg = 4,188 mg.
   Dispensed: Aralast NP 1,000 mg vials x 4   lot LA125088   exp 2026-11-30
              Aralast NP   500 mg vial  x 1   lot LA118842   exp 2026-07-31
   Total dispensed 4,500 mg. Reconstituted 1,000 mg/50 mL and 500 mg/25 mL with supplied diluent
   (20 mg/mL), 13:05-13:15. Required volume 4,188 mg / 20 mg/mL = 209.4 mL.
   Drew 200 mL (4 x 1,000 mg vials, entire contents) + 9.4 mL from the 500 mg vial into bag.

ADMINISTRATION (per downtime MAR, RN R. Kowalczyk)
   Amount administered: 4,188 mg alpha1-PI (209.4 mL), 13:42 to 14:24.

WASTE
   Discarded: 312 mg (15.6 mL) remaining in the 500 mg vial, single-use, discarded in
   pharmaceutical waste bin 13:17; witnessed J. Diaz PharmD / R. Kowalczyk RN.
   Reason: partial-vial dose; smallest combination that covers 4,188 mg = 4 x 1,000 + 1 x 500.
   Billing note: commercial plan - discarded drug is not reimbursed; bill administered amount
   only: J0256 x 419 units (4,188 mg / 10 mg = 418.8 -> 419). No JW line.

OTHER
   Acetaminophen 650 mg PO given 13:30 (pt preference, not a premed order; from floor stock
   lot 4AK219, exp 2027-01).
A: Dose appropriate to weight (60.0 mg/kg). Vial selection minimizes waste. Lots in date.
P: Continue weekly. Re-weigh next week. No interactions with current meds (sertraline,
   levonorgestrel IUD, fluticasone/salmeterol).
J. Diaz, PharmD
"""

PN = """MERCY SOUTH PULMONARY - PROGRESS NOTE
09/16/2025      Hana Okafor, MD
Patient: Priya N. Raman   DOB 11/02/1981   MRN 004418273

Interval history:
44-year-old never-smoker with alpha-1 antitrypsin deficiency, PI*SZ phenotype (IEF 2022),
confirmed S/Z compound heterozygote on genotyping, pre-treatment AAT 9.8 umol/L, with mild
panlobular emphysema and airflow obstruction, on Aralast NP since 05/2022. Seen for
6-month follow-up. Works as a school librarian. Since March: one upper respiratory
infection in April, no antibiotics, no steroid bursts. Exercise tolerance improved - takes
a 40-minute spin class twice weekly. Mild fatigue the day after infusions.
Family: both sons tested - one PI*MS, one PI*MZ; her mother PI*SZ not treated.

Meds: Aralast NP 60 mg/kg IV weekly; fluticasone/salmeterol 250/50 1 inh BID; albuterol PRN
(about once a month); sertraline 50 mg daily.

Exam: BP 116/72, HR 80, SpO2 97% RA, wt 70.1 kg. Lungs clear, slight prolongation of
expiration. No edema.

Data:
- Spirometry 08/2025: FEV1 2.05 L, 58% predicted, post-BD; FEV1/FVC 0.61.
- CT chest 2022: mild lower-lobe panlobular emphysema.

Assessment:
1. Alpha-1 antitrypsin deficiency, PI*SZ, low serum level (9.8 umol/L), with emphysema.
   Responding well to augmentation: FEV1 stable (2.08 L in 2024), no exacerbations in the
   past year, improved exercise tolerance. Continue Aralast NP weekly.
2. Asthma-like reactivity: controlled on ICS/LABA.
Plan: continue therapy; PFTs in 6 months; PA renewal due 04/2026.
Hana Okafor, MD   e-signed 09/16/2025
"""

CHART = {
    "chart_id": "b14-008",
    "date_of_service": "2025-10-07",
    "payer": {"profile": "commercial", "name": "Highmark BCBS PPO"},
    "prior_authorization": "A1-7730214",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 419, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-10-07", "text": OCR},
        {"id": "d2", "type": "other", "date": "2025-10-08", "text": PHARM},
        {"id": "d3", "type": "progress_note", "date": "2025-09-16", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-008",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "Dx: alpha-1 antitrypsin deficiency, PI*SZ"},
        {"kind": "genotype", "alleles": ["S", "Z"], "_ev": "PI*SZ phenotype (IEF 2022)"},
        {"kind": "serum_aat", "value": 9.8, "unit": "uM", "_ev": "serum AAT 9.8 umol/L"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "Emphysema on CT"},
        {"kind": "lung_disease", "value": "airflow_obstruction", "_ev": "emphysema and airflow obstruction"},
        {"kind": "fev1", "value": 58, "_ev": "FEV1 58% predicted"},
        {"kind": "smoking_status", "value": "never", "_ev": "Never smoker"},
        {"kind": "weight", "value": 69.8, "unit": "kg", "value_kg": 69.8, "_ev": "Wt: 69.8 kg"},
        {"kind": "weight", "value": 70.1, "unit": "kg", "value_kg": 70.1, "_ev": "wt 70.1 kg"},
        {"kind": "drug_product", "value": "Aralast NP", "_ev": "Aralast NP            4188 mg"},
        {"kind": "dose", "value": 4188, "_ev": "Amount administered: 4,188 mg"},
        {"kind": "wastage", "value": 312, "_ev": "Discarded: 312 mg (15.6 mL)"},
        {"kind": "lot_number", "value": "LA125088", "_ev": "lot LA125088"},
        {"kind": "lot_number", "value": "LA118842", "_ev": "lot LA118842"},
        {"kind": "expiration_date", "value": "2026-11-30", "_ev": "exp 2026-11-30"},
        {"kind": "expiration_date", "value": "2026-07-31", "_ev": "exp 2026-07-31"},
        {"kind": "infusion_start", "value": "13:42", "_ev": "13:42    l4:24"},
        {"kind": "infusion_end", "value": "14:24", "_ev": "13:42 to 14:24"},
        {"kind": "response_to_therapy", "_ev": "Responding well to augmentation"},
        {"kind": "prior_authorization", "value": "A1-7730214", "_ev": "Prior authorization: A1-7730214"},
    ],
    "notes": (
        "Complete. OCR layer of a scanned downtime MAR with l/I/1 and O/0 substitutions (stop time 'l4:24' "
        "= 14:24, MRN 'OO4418273'); the product lot/exp sticker was not recognized, so lot/exp come from the "
        "pharmacist's late-entry note for the same DOS. Commercial SZ with a low level (9.8 umol/L < 11) -> "
        "genotype met. Waste 312 mg documented; commercial plan, no JW and no JZ billed -> wastage met. 4,188 mg "
        "= 60.0 mg/kg; 419 units = ceil(418.8). Traps: acetaminophen 650 mg with floor-stock lot 4AK219 exp "
        "2027-01; NS flush times 13:38/14:25; vitals 13:20-14:30; PIV removal 14:33; downtime 11:55/16:40; "
        "reconstitution 13:05-13:15; waste time 13:17; IgA 204 mg/dL; sons PI*MS/PI*MZ and mother PI*SZ are "
        "family; 4,500 mg dispensed is not the dose; 2024 FEV1 in liters only."
    ),
}

ARITH = {
    "weight_kg": 69.8, "weight_source": "d1 standing scale 13:20 DOS",
    "dose_mg": 4188, "target_mg": 4188.0, "pct_diff": 0.0,
    "code": "J0256", "bu_mg": 10, "units_expected": 419, "units_billed": 419,
    "waste_mg": 312, "jw_units_expected": 31, "modifier_expected": "none (commercial: JW not billed)",
    "lots": [
        {"lot": "LA125088", "exp": "2026-11-30", "dos": "2025-10-07", "expired": False},
        {"lot": "LA118842", "exp": "2026-07-31", "dos": "2025-10-07", "expired": False},
    ],
    "dos_product": "Aralast NP",
    "response_in_progress_note": True,
    "infusion": {"start": "13:42", "end": "14:24"},
}
