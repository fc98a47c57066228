from common import doc, emit, req_ids

CID = "b8-012"
DOS = "2026-03-20"

d1 = doc("d1", "progress_note", DOS, """
## Pulmonology Clinic Note (AI-assisted draft, clinician-verified)

**Patient:** Wojcik, Helena  |  **Age/Sex:** 72 F  |  **MRN:** 4410-2287
**Encounter:** 03/20/2026, office visit + same-day infusion  |  **Author:** Rafael Mendoza, MD
**Source:** ambient recording (patient consented), edited for accuracy

### Subjective
- **Reason for visit:** quarterly review, alpha-1 antitrypsin deficiency on weekly augmentation (Prolastin-C Liquid since 04/2023).
- **Breathing:** "Better than last winter." No exacerbations since 09/2025; before augmentation she averaged 3 per year.
- **Activity:** water aerobics twice weekly; climbs one flight without stopping.
- **Weight:** down 6 lb since December (146 lb then); she has been trying to lose weight for her knees.
- **Tobacco:** former smoker, quit 1998, ~20 pack-years.
- **Family:** daughter tested 2024: PI*MZ. Late father had "emphysema".

### Objective
**Vitals:** BP 128/72 | HR 70 | RR 16 | SpO2 95% RA | Temp 98.0 F
**Weight:** 140 lb (clinic scale, 13:02)
**Exam:** comfortable; decreased breath sounds at both bases; no wheeze; no edema.

| Study | Date | Result |
|---|---|---|
| Alpha-1 antitrypsin | 02/2023 (pre-treatment) | 6.1 µM (ref 20-48 µM) |
| Genotype | 02/2023 | Pi ZZ |
| Spirometry | 02/2026 | post-BD FEV1 1.05 L, 55% predicted; FEV1/FVC 0.50 |
| CT chest | 01/2023 | basal-predominant panlobular emphysema |

### Medications
| Medication | Dose | Frequency |
|---|---|---|
| Prolastin-C Liquid | 60 mg/kg IV | weekly (infusion suite) |
| Tiotropium Respimat | 2.5 mcg x 2 inh | daily |
| Albuterol HFA | 90 mcg x 2 puffs | PRN |
| Alendronate | 70 mg | weekly (Sundays) |
| Levothyroxine | 50 mcg | daily |

### Assessment & Plan
**1. Alpha-1 antitrypsin deficiency, Pi ZZ, with emphysema (E88.01, J43.1)**
- Doing well on augmentation: exacerbation-free for 6 months, FEV1 stable (55% vs 56% in 02/2025).
- Dose re-checked against today's weight of 140 lb; continue Prolastin-C Liquid. Today's infusion per nursing.
- If she loses another 10 lb we will recalculate (would be about 3,500 mg).
**2. Osteoporosis:** continue alendronate; DEXA due 06/2026.
**3. Hypothyroidism:** TSH 2.1 (01/2026), no change.

**Follow-up:** 3 months with spirometry.

*Signed: Rafael Mendoza, MD, 03/20/2026 15:47*
""")

d2 = doc("d2", "infusion_record", DOS, """
INFUSION SUITE - NURSING FLOWSHEET                     Wojcik, Helena   MRN 4410-2287   03/20/2026
Order: Prolastin-C Liquid (alpha1-PI, human) 60 mg/kg IV x 1 today; 63.5 kg x 60 = 3,810 mg -> give 3,800 mg
Supplied: 1,000 mg/20 mL vials x 4 (lot 27NRB63, exp 02/28/2027) = 4,000 mg / 80 mL
Pharmacy verification 12:48 (A. Feld, PharmD)

Time  | Event
------+-------------------------------------------------------------------------------
13:02 | Weight 140 lb (63.5 kg), ID band checked, allergies reviewed (NKDA)
13:05 | VS: BP 128/72, HR 70, SpO2 95% RA, T 98.0 F
13:10 | 24g PIV L hand, 1st attempt, flushed NS 10 mL
13:17 | Barcode scan x 4 vials
13:20 | Prolastin-C Liquid infusion started, pump 4.3 mL/min (max 5.1 mL/min)
13:30 | No itching, flushing, dyspnea. VS stable.
13:38 | Infusion complete: 76 mL = 3,800 mg administered.
13:39 | Remaining 4 mL (200 mg) from 4th vial discarded in pharm waste; witness J. Ahn, RN
13:40 | NS flush 20 mL
13:55 | Post VS: BP 126/70, HR 68, SpO2 96%
14:05 | PIV removed, discharged with daughter

Education: reviewed delayed reaction signs (fever, hives, wheeze); pt verbalized understanding.
Next infusion: 03/27/2026 13:00.
Documented by: Marisol Ortega, RN   03/20/2026 14:11
""")

d3 = doc("d3", "other", DOS, """
CHARGE CAPTURE WORKSHEET - CLINIC-BASED INFUSION (POS 11)
Patient: WOJCIK, HELENA    DOS 03/20/2026    Provider: Rafael Mendoza, MD    Primary: Medicare Part B
Diagnoses: E88.01 | J43.1 | Z87.891 | M81.0

CPT/HCPCS  Mod  Description                                              Units   NDC             NDC qty
99214      25   Office visit, est. pt, moderate MDM                      1
96365           IV infusion, initial, up to 1 hour                       1
J0256           Alpha-1 proteinase inhibitor (human), NOS, per 10 mg     380     13533-0705-20   ML76
J0256      JW   Alpha-1 proteinase inhibitor (human), discarded, 10 mg    30     13533-0705-20   ML4

+------------------- DRUG WASTE ATTESTATION -------------------+
| Product: Prolastin-C Liquid 1,000 mg/20 mL   Vials: 4          |
| Total available: 4,000 mg    Administered: 3,800 mg            |
| Wasted: 200 mg (4 mL)        Date/time: 03/20/2026 13:39       |
| Wasted by: M. Ortega, RN     Witness: J. Ahn, RN               |
+---------------------------------------------------------------+

Modifier 25 support: separately identifiable E/M (quarterly disease review, osteoporosis and thyroid
management) documented in physician note 03/20/2026.
Place of service 11; rendering and billing NPI on file. Claim scrubber: passed 03/23/2026 08:02.
Coder: K. Lindgren, CCS    Reviewed 03/23/2026
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 380, "modifiers": []},
        {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicare")}
reqs.update({"prior_authorization": "not_applicable", "wastage_documented": "conflict"})

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 6.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 55},
        {"kind": "fev1", "value": 56},
        {"kind": "weight", "value": 140, "unit": "lb", "value_kg": 63.5},
        {"kind": "weight", "value": 146, "unit": "lb", "value_kg": 66.2},
        {"kind": "dose", "value": 3800},
        {"kind": "wastage", "value": 200},
        {"kind": "lot_number", "value": "27NRB63"},
        {"kind": "expiration_date", "value": "2027-02-28"},
        {"kind": "infusion_start", "value": "13:20"},
        {"kind": "infusion_end", "value": "13:38"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "GAP chart (1 gap): waste documented 200 mg (flowsheet 13:39 and attestation) but JW line bills 30 units; "
        "floor(200/10) = 20 -> wastage_documented conflict. Weight 140 lb only in the note (flowsheet restates 140 lb (63.5 kg), "
        "one weight): 140 x 0.45359237 = 63.50 kg; 60 x 63.5 = 3810; |3800-3810| = 0.3 % -> met. ceil(3800/10) = 380 = "
        "administered line -> met. 146 lb (December) = 66.2 kg historical. Traps: order calc 3,810 mg; 4 x 1,000 mg vials / "
        "4,000 mg available; NDC qty ML76/ML4 vs HCPCS units; 99214-25 and 96365 non-drug lines; times 12:48 verification, "
        "13:02 weight, 13:05 VS, 13:10 PIV, 13:17 scan, 13:30, 13:39 waste, 13:40 flush, 13:55, 14:05, signatures 14:11/15:47; "
        "hypothetical 'about 3,500 mg' after 10 lb loss; daughter PI*MZ and father 'emphysema' (family); reference 20-48 uM; "
        "alendronate 70 mg, levothyroxine 50 mcg, tiotropium 2.5 mcg."
    ),
}

emit(chart, gold)
