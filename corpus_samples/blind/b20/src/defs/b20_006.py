"""b20-006: commercial, complete. Styles (3) Oracle Health (Cerner) PowerChart medication administration
audit with a lot correction ('In Error' then 'Modified') + (6) scanned paper pre-infusion checklist
transcribed by the unit clerk; pulmonology note. Zemaira, J0256 without modifier, waste documented, no JW
(commercial)."""

CHART_ID = "b20-006"
DOS = "2025-12-04"
PAYER = {"profile": "commercial", "name": "BlueCross BlueShield PPO (commercial)"}
PRIOR_AUTH = "BCBS-UM-25-4471903"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 476, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
*** MEDICATION ADMINISTRATION AUDIT ***            PowerChart  Printed: 12/05/2025 07:58 CST
Patient: VANCE, MARISOL K      FIN: 41177206      MRN: 000918344      DOB: 06/11/1981
Location: Ambulatory Infusion Center - Bay 4        Attending: Renner, Paul MD

ORDER: alpha1-proteinase inhibitor, human (Zemaira) 4,760 mg, IV, ONCE, 12/04/25
       Dosing weight: 79.4 kg (measured 12/04/25 08:25)   60 mg/kg = 4,764 mg
       Rounded to 4,760 mg per AIC protocol. Infuse ~0.08 mL/kg/min, 5 micron filter.
       Dispense: Zemaira 4,000 mg kit (actual 4,086 mg) x1 + Zemaira 1,000 mg (actual
       1,012 mg) x1 = 5,098 mg available; remainder to be wasted and documented.

ORDER STATUS HISTORY
  Date/Time            Action           Performed by                Comment
  12/02/25 14:11 CST   Ordered          Renner, Paul MD             Standing weekly order
  12/02/25 14:11 CST   Ordered          Renner, Paul MD             (dup) 4,800 mg
  12/02/25 14:30 CST   Canceled         Renner, Paul MD             duplicate, wrong weight
  12/03/25 08:02 CST   Verified         Osei, Abena PharmD
  12/04/25 08:20 CST   Dispensed        Tran, Lee CPhT              2 vials, Rx label #A44710
  12/04/25 09:20 CST   Completed        SYSTEM

ADMINISTRATION EVENTS
  Date/Time            Event            Details                                   Result status   User
  12/04/25 08:41 CST   Scanned          Pt wristband + product barcode           Auth (Verified) Pike, Joanne RN
  12/04/25 08:47 CST   Begin Bag        4,760 mg / 95.2 mL, IV, R forearm 20g    Auth (Verified) Pike, Joanne RN
                                        Lot P100477201  Exp 2026-11-30
  12/04/25 09:03 CST   Begin Bag        Lot/Exp above charted from another       In Error        Pike, Joanne RN
                                        patient's carton on the counter
  12/04/25 09:03 CST   Begin Bag        4,760 mg / 95.2 mL, IV, R forearm 20g    Modified        Pike, Joanne RN
                       (08:47)          Lot P100529936  Exp 2027-05-31 (4 g kit)
                                        Lot P100531178  Exp 2027-06-30 (1 g vial)
  12/04/25 09:09 CST   End Bag          Infused volume 95.2 mL                   Auth (Verified) Pike, Joanne RN
  12/04/25 09:14 CST   Waste            338 mg (6.8 mL) Zemaira, wasted in       Auth (Verified) Pike, Joanne RN
                                        pharmaceutical waste bin; witness
                                        Duarte, Ray RN
OTHER MEDICATIONS THIS ENCOUNTER
  12/04/25 08:44 CST   sodium chloride 0.9% flush 10 mL IV          Auth (Verified) Pike, Joanne RN
  12/04/25 09:10 CST   sodium chloride 0.9% flush 10 mL IV          Auth (Verified) Pike, Joanne RN
  12/04/25 08:35 CST   cetirizine 10 mg PO (pt request, seasonal)    Auth (Verified) Pike, Joanne RN
                       Lot CT2291A Exp 2026-02
VITALS (iView)   08:25 T 36.6 HR 76 BP 118/70 RR 16 SpO2 96%   09:12 HR 78 BP 120/72 SpO2 96%
*** END OF REPORT ***  Page 1 of 1
"""

D2 = """
[Scanned document - Ambulatory Infusion Center form AIC-07 "Pre-Infusion Checklist
 & Dose Verification" - transcribed to text by unit clerk T. Nguyen (TN) 12/04/2025]

Pt name: Vance, Marisol        DOB: 6/11/81        Date: 12/4/25
Product: Zemaira               Indication: Alpha-1 AT deficiency / emphysema
Ht: 168 cm   Wt: ~~79.9~~ 79.4 kg  JP        (scale #2 recalibrated 12/1)
Dose ordered: 60 mg/kg = 4,760 mg (rounded)   Verified by RN x2: JP / [illegible]
Vials from pharmacy:  4 g kit  actual 4,086 mg   +   1 g vial  actual 1,012 mg
Amount drawn/infused: 4,760 mg        Amount wasted: 338 mg  (witness: R. Duarte RN)
IgA status: not deficient (IgA 188 mg/dL, 2019)  [checked]
Consent on file: yes, signed 01/2025 [?]
Pre-infusion screening:
   Fever/infection last 7 days   [ ] yes [x] no
   New meds                      [x] yes - "cetirizine for allergies"
   Prior reaction                [ ] yes [x] no
   Pregnant                      [ ] yes [x] no  (LMP 11/20)
Infusion time: 0847 - 0909     Tolerated: "well, no issues" [sic - "no isues"]
Pt instructed: call for hives, SOB, chest tightness.   RN sig: J. Pike [initials JP]
[TN: two fields unreadable on scan, shown as [illegible]/[?]; crossed-out weight
 shown as ~~79.9~~ followed by the written correction.]
"""

D3 = """
PULMONARY CLINIC NOTE                                     10/21/2025
Patient: Marisol K. Vance    44 y/o F     Provider: Paul Renner, MD

Interval history: Alpha-1 antitrypsin deficiency, genotype Pi*Z/Mmalton (full
SERPINA1 sequencing 2019), with emphysema. Lifelong nonsmoker; childhood
exposure to wood stove. On Zemaira weekly since 2021 (Aralast NP 2019-2021,
changed for the shorter infusion time). She is doing well on augmentation:
no exacerbations or antibiotic courses in the last 12 months, FEV1 stable,
working full time as a middle-school teacher.

Data reviewed:
  AAT (immunoturbidimetry) 08/2019: 0.41 g/L   [ref 0.90-2.00 g/L]
  CT chest 2019: mild centrilobular and panlobular emphysema, lower lobes
  PFT 10/2025 post-BD: FEV1 2.09 L = 58% predicted; FEV1/FVC 0.58;
      DLCO 61% predicted; TLC 108%
  Weight 80.1 kg

Family: father PI*MZ; her 12 y/o son tested PI*MMmalton, level 79 mg/dL.

Assessment/Plan:
1. AATD (E88.01) with emphysema (J43.2): stable on Zemaira - continue 60 mg/kg
   IV weekly at the AIC; BCBS authorization BCBS-UM-25-4471903 valid through
   06/2026.
2. Asthma-like component: continue fluticasone furoate/vilanterol 100/25 daily.
3. If FEV1 drops >10% at next PFT, consider chest CT and exacerbation plan.
Follow-up 4 months.
Paul Renner, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2025-12-05", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2025-12-04", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-10-21", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, genotype Pi*Z/Mmalton"},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "_doc": "d3", "_ev": "genotype Pi*Z/Mmalton"},
    {"kind": "serum_aat", "value": 0.41, "unit": "g/L", "_doc": "d3", "_ev": "AAT (immunoturbidimetry) 08/2019: 0.41 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "mild centrilobular and panlobular emphysema"},
    {"kind": "weight", "value": 79.4, "unit": "kg", "value_kg": 79.4, "_date": "2025-12-04", "_doc": "d1", "_ev": "Dosing weight: 79.4 kg (measured 12/04/25 08:25)"},
    {"kind": "weight", "value": 80.1, "unit": "kg", "value_kg": 80.1, "_date": "2025-10-21", "_doc": "d3", "_ev": "Weight 80.1 kg"},
    {"kind": "dose", "value": 4760, "_doc": "d2", "_ev": "Amount drawn/infused: 4,760 mg"},
    {"kind": "wastage", "value": 338, "_doc": "d1", "_ev": "338 mg (6.8 mL) Zemaira, wasted"},
    {"kind": "lot_number", "value": "P100529936", "_doc": "d1", "_ev": "Lot P100529936  Exp 2027-05-31"},
    {"kind": "lot_number", "value": "P100531178", "_doc": "d1", "_ev": "Lot P100531178  Exp 2027-06-30"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d1", "_ev": "Exp 2027-05-31"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "Exp 2027-06-30"},
    {"kind": "infusion_start", "value": "08:47", "_doc": "d2", "_ev": "Infusion time: 0847 - 0909"},
    {"kind": "infusion_end", "value": "09:09", "_doc": "d2", "_ev": "Infusion time: 0847 - 0909"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "She is doing well on augmentation"},
    {"kind": "prior_authorization", "value": "BCBS-UM-25-4471903", "_doc": "d3", "_ev": "BCBS authorization BCBS-UM-25-4471903"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d2", "_ev": "Product: Zemaira"},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d3", "_ev": "Aralast NP 2019-2021"},
    {"kind": "fev1", "value": 58, "_doc": "d3", "_ev": "FEV1 2.09 L = 58% predicted"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Lifelong nonsmoker"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met", "fev1_range": "met",
}

NOTES = """
Complete chart (commercial: 338 mg waste documented, not billed, no JW, no JZ -> met). The first Begin Bag
lot P100477201 exp 2026-11-30 is marked In Error and replaced by the Modified event (lots P100529936,
P100531178); the corrected values are the findings. Traps: canceled duplicate order 4,800 mg; 60 mg/kg =
4,764 mg; actual vial potencies 4,086/1,012 and 5,098 mg available; scan 08:41, flushes 08:44/09:10,
cetirizine 08:35 with its own lot/exp, vitals times; crossed-out weight 79.9; IgA 188 mg/dL; DLCO 61 %,
TLC 108 %; son Pi MMmalton 79 mg/dL, father PI*MZ; hypothetical 'if FEV1 drops >10%'. Aralast NP is a
historical product (J0256 covers both).
"""

ARITH = {
    "weight_kg": 79.4, "weight_source": "d1 dosing weight DOS (d2 corrected from 79.9)",
    "dose_mg": 4760, "target_mg": 4764.0, "pct_diff": -0.1, "within_10pct": True,
    "claim": [{"hcpcs": "J0256", "modifiers": [], "billed": 476, "expected": 476}],
    "waste_mg": 338, "jw_units_expected": 0,
    "lots": [
        {"lot": "P100529936", "exp": "2027-05-31", "dos": DOS, "ok": True},
        {"lot": "P100531178", "exp": "2027-06-30", "dos": DOS, "ok": True},
    ],
}
