from _h import F, W, reqs

D1 = """LAKE COUNTY HEALTH PARTNERS                               Infusion Visit - Summary Report
MARCHETTI, JOSEPH A       MRN: 7702195       DOB: 8/27/1949       76 y.o.       M
Encounter date: 12/30/2025    Department: LCHP ONCOLOGY/INFUSION - MENTOR    Chair 2
Encounter provider: Haruto Sato, MD (Pulmonary)     Nurse: Bethany Kowalski, RN
Encounter #: 40018822713     Check-in: 1312     Check-out: 1425
Financial class: MEDICARE

Diagnoses this visit
  1. Alpha-1-antitrypsin deficiency (CMS/HCC) - E88.01
  2. Emphysema of both lungs (CMS/HCC) - J43.9

Therapy plan: ALPHA1-PROTEINASE INHIBITOR (GLASSIA) Q7D    Day 1 of cycle 273
  Glassia 60 mg/kg IV - dosing weight (today) 77.3 kg - calculated 4,638 mg, rounded to
  4,640 mg (232 mL of 20 mg/mL) by pharmacy

--------------------------------------------------------------------------------------------
MAR (Medication Administration Record) - this encounter
--------------------------------------------------------------------------------------------
Medication                                  Action        Date/Time        Dose       Rate         Route  User
alpha-1-proteinase inhibitor (GLASSIA)      New Bag       12/30/25 1340    4,640 mg   11.6 mL/min  IV     BKOWAL
  4,640 mg in 232 mL IVPB                   Rate Verify   12/30/25 1348    --         11.6 mL/min  IV     BKOWAL
                                            Rate Verify   12/30/25 1355    --         11.6 mL/min  IV     BKOWAL
  Admin note: Glassia 1 g/50 mL vials x5, Lot KA51F206, Exp 08/31/2026. 5-micron in-line
  filter. 2-RN check with S. Diaz, RN 1336.
  Waste: 360 mg (18 mL) remaining in vial 5 discarded - single-dose vial. Witness S. Diaz, RN.
sodium chloride 0.9% infusion (KVO)         New Bag       12/30/25 1332    --         20 mL/hr     IV     BKOWAL
                                            Stopped       12/30/25 1416    --         --           IV     BKOWAL
acetaminophen (TYLENOL) 500 mg tablet       Given         12/30/25 1334    1,000 mg   --           PO     BKOWAL

--------------------------------------------------------------------------------------------
Flowsheets
--------------------------------------------------------------------------------------------
                          1320          1335          1350          1405          1420
Temp                      36.4 °C       --            --            --            36.6 °C
BP                        146/82        140/80        138/78        142/80        144/82
Pulse                     70            72            74            72            70
Resp                      18            18            18            18            16
SpO2                      94 %          95 %          95 %          94 %          95 %
Weight                    77.3 kg (170 lb 6.7 oz)
Infusion reaction?        --            No            No            No            No
Pain (0-10)               2 (knees)

--------------------------------------------------------------------------------------------
Lines / Drains / Airways
--------------------------------------------------------------------------------------------
[REMOVED] Peripheral IV 12/30/25 Left Hand 22 gauge
  Inserted: 12/30/25 1322 by BKOWAL     Removed: 12/30/25 1418 by BKOWAL
  Removal reason: infusion complete     Site: no redness, no swelling

--------------------------------------------------------------------------------------------
Progress Notes - Bethany Kowalski, RN - 12/30/2025 1421
--------------------------------------------------------------------------------------------
Pt here for weekly Glassia. Reports mild knee pain, otherwise at baseline. No fever, no
change in cough. Acetaminophen per pt request. PIV L hand x1. Glassia infused via pump with
in-line filter, no flushing, itching or SOB. Total infusion time approx 20 min. KVO stopped
and PIV removed, catheter intact. Pt ambulated to car with daughter.

--------------------------------------------------------------------------------------------
Patient Instructions
--------------------------------------------------------------------------------------------
Next infusion: Tuesday, January 6, 2026, 1:30 PM.
The clinic will be closed January 1. Call 440-555-0162 with questions.
Watch for fever, chills, more sputum or a change in its color - call your lung doctor.

Charges dropped 12/30/2025 1430: J0256 x 464; J0256-JW x 36; 96365 x1
Electronically signed: Bethany Kowalski, RN 12/30/2025 1431
"""

D2 = """LAKE COUNTY HEALTH PARTNERS                               Infusion Visit - Summary Report
MARCHETTI, JOSEPH A       MRN: 7702195       DOB: 8/27/1949       76 y.o.       M
Encounter date: 12/23/2025    Department: LCHP ONCOLOGY/INFUSION - MENTOR    Chair 5
Encounter provider: Haruto Sato, MD (Pulmonary)     Nurse: Shauna Diaz, RN
Encounter #: 40018790204     Check-in: 1318     Check-out: 1430
Financial class: MEDICARE

Diagnoses this visit
  1. Alpha-1-antitrypsin deficiency (CMS/HCC) - E88.01
  2. Emphysema of both lungs (CMS/HCC) - J43.9

Therapy plan: ALPHA1-PROTEINASE INHIBITOR (GLASSIA) Q7D    Day 1 of cycle 272
  Glassia 60 mg/kg IV - dosing weight (today) 77.8 kg - calculated 4,668 mg, rounded to
  4,670 mg (233.5 mL of 20 mg/mL) by pharmacy

--------------------------------------------------------------------------------------------
MAR (Medication Administration Record) - this encounter
--------------------------------------------------------------------------------------------
Medication                                  Action        Date/Time        Dose       Rate         Route  User
alpha-1-proteinase inhibitor (GLASSIA)      New Bag       12/23/25 1335    4,670 mg   11.7 mL/min  IV     SDIAZ
  4,670 mg in 233.5 mL IVPB                 Stopped       12/23/25 1356    --         --           IV     SDIAZ
  Admin note: Glassia 1 g/50 mL vials x5, Lot KA51D118, Exp 05/31/2026. In-line filter.
  Waste: 330 mg (16.5 mL) discarded. Witness B. Kowalski, RN.
sodium chloride 0.9% infusion (KVO)         New Bag       12/23/25 1330    --         20 mL/hr     IV     SDIAZ
                                            Stopped       12/23/25 1400    --         --           IV     SDIAZ

--------------------------------------------------------------------------------------------
Flowsheets
--------------------------------------------------------------------------------------------
                          1325          1345          1400          1415
BP                        138/80        136/78        140/80        138/78
Pulse                     72            74            72            70
SpO2                      95 %          95 %          95 %          96 %
Weight                    77.8 kg (171 lb 8.3 oz)

--------------------------------------------------------------------------------------------
Lines / Drains / Airways
--------------------------------------------------------------------------------------------
[REMOVED] Peripheral IV 12/23/25 Right Forearm 22 gauge
  Inserted: 12/23/25 1326     Removed: 12/23/25 1404     Removal reason: infusion complete

--------------------------------------------------------------------------------------------
Progress Notes - Shauna Diaz, RN - 12/23/2025 1412
--------------------------------------------------------------------------------------------
Weekly Glassia given without incident. Pt in good spirits, plans Christmas with family.
Reminded of 12/30 appointment.

Charges dropped 12/23/2025 1433: J0256 x 467; J0256-JW x 33; 96365 x1
Electronically signed: Shauna Diaz, RN 12/23/2025 1434
"""

D3 = """LAKE COUNTY HEALTH PARTNERS - PULMONARY MEDICINE, MENTOR
Office Visit                                                         12/02/2025
MARCHETTI, JOSEPH A    DOB 8/27/1949    MRN 7702195
Haruto Sato, MD

History of Present Illness:
Joseph is a 76-year-old retired electrician with alpha-1 antitrypsin deficiency, phenotype
Pi ZZ, diagnosed in 2019 when he was referred for COPD with lower-lobe emphysema at age 70.
Pre-treatment serum AAT was 4.8 uM (Cleveland Clinic lab, 09/2019). He has been on weekly
Glassia since 01/2020, given at our Mentor infusion unit.

He is here for his semiannual visit. He reports his breathing is unchanged. He still
walks the mall three mornings a week, about a mile. Exacerbations: none in 2025; one in
2024 (March, outpatient), compared with two hospital admissions in 2019. He tolerates the
infusions well and is happy with the weekly schedule. Mild chronic knee OA pain.

Smoking: former, quit 1994, 30 pack-years. No second-hand exposure now.

PMH: AATD with emphysema/COPD; CAD s/p PCI (2017); HTN; BPH; knee OA; hearing loss.
Medications: Glassia 60 mg/kg IV weekly; Anoro Ellipta 62.5-25 mcg 1 inh daily; albuterol
PRN; aspirin 81 mg; clopidogrel 75 mg (cardiology to stop 01/2026); metoprolol tartrate
25 mg BID; rosuvastatin 20 mg; tamsulosin 0.4 mg; acetaminophen 1,000 mg PRN.
Allergies: none known.

Family: son (48) Pi MZ; daughter (45) Pi MM; brother died of "emphysema" at 70 (never
tested).

Exam: BP 142/80, HR 72, SpO2 94 % RA, Wt 78.1 kg. Decreased breath sounds bilateral
bases, prolonged expiration, no wheeze. Heart RRR. No edema.

Studies: Spirometry today: FEV1 1.26 L (47 % predicted), FEV1/FVC 0.44, stable versus
11/2024 (1.29 L, 48 % predicted). CT chest 2023: bibasilar panlobular emphysema, stable.

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency (Pi ZZ) with emphysema and COPD - stable on augmentation
   therapy: FEV1 decline about 30 mL/yr, no exacerbations in 2025, good tolerance. Continue
   Glassia 60 mg/kg IV weekly. Weight at each infusion.
2. COPD maintenance - continue Anoro.
3. CAD - per cardiology; dual antiplatelet to end 01/2026.
4. Vaccines up to date (flu 10/2025, RSV 2023, PCV20 2022, COVID 09/2025).
RTC 6 months.

Haruto Sato, MD - electronically signed 12/02/2025 11:47
"""

CHART = {
    "chart_id": "b15-009",
    "date_of_service": "2025-12-30",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 464, "modifiers": []},
        {"hcpcs": "J0256", "units": 36, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-30", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2025-12-23", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-12-02", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-009",
    "profile": "medicare",
    "requirements": reqs(
        "medicare",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="missing",
        response_to_therapy="met", prior_authorization="not_applicable",
        code_selection="conflict",
    ),
    "findings": [
        F("aatd_diagnosis", ("d1", "Alpha-1-antitrypsin deficiency (CMS/HCC) - E88.01")),
        F("genotype", ("d3", "phenotype\nPi ZZ"), alleles=["Z", "Z"]),
        F("serum_aat", ("d3", "4.8 uM"), value=4.8, unit="uM"),
        F("lung_disease", ("d1", "Emphysema of both lungs (CMS/HCC) - J43.9"), value="emphysema"),
        F("lung_disease", ("d3", "with emphysema and COPD"), value="copd"),
        W(("d1", "77.3 kg (170 lb 6.7 oz)"), 77.3, "kg"),
        W(("d2", "77.8 kg (171 lb 8.3 oz)"), 77.8, "kg"),
        W(("d3", "Wt 78.1 kg"), 78.1, "kg"),
        F("dose", ("d1", "New Bag       12/30/25 1340    4,640 mg"), value=4640),
        F("wastage", ("d1", "Waste: 360 mg (18 mL)"), value=360),
        F("lot_number", ("d1", "Lot KA51F206"), value="KA51F206"),
        F("expiration_date", ("d1", "Exp 08/31/2026"), value="2026-08-31"),
        F("infusion_start", ("d1", "New Bag       12/30/25 1340"), value="13:40"),
        F("fev1", ("d3", "FEV1 1.26 L (47 % predicted)"), value=47),
        F("fev1", ("d3", "1.29 L, 48 % predicted"), value=48),
        F("response_to_therapy", ("d3", "stable on augmentation\n   therapy")),
        F("smoking_status", ("d3", "Smoking: former, quit 1994"), value="former"),
        F("drug_product", ("d1", "alpha-1-proteinase inhibitor (GLASSIA)"), value="Glassia"),
    ],
    "notes": (
        "Epic infusion-visit summary for the DOS plus the previous week's summary (12/23) and a "
        "pulmonary office note. Gaps: code_selection conflict (Glassia billed on J0256 lines; "
        "Glassia is J0257 - units 464 + JW 36 are otherwise right for a 10-mg code); infusion_times "
        "missing (MAR has New Bag 1340 and two Rate Verify rows but no Stopped action for Glassia; "
        "'approx 20 min' is a duration; KVO Stopped 1416, PIV removed 1418 and check-out 1425 are "
        "not the A1PI stop). Traps: the 12/23 record has a complete Stopped 1356, lot KA51D118, "
        "dose 4,670 mg and waste 330 mg (earlier visit: only its weight counts); calculated 4,638 "
        "mg; acetaminophen 1,000 mg; son Pi MZ, daughter Pi MM, brother's 'emphysema' (family); "
        "aspirin/clopidogrel doses."
    ),
}

ARITH = {
    "weight_kg": 77.3, "weight_source": "d1 flowsheet 1320 DOS",
    "product": "Glassia", "code": "J0256", "correct_code": "J0257", "billing_unit_mg": 10,
    "dose_mg": 4640, "vial_total_mg": 5000, "waste_mg": 360,
    "billed_admin_units": 464, "billed_jw_units": 36,
    "modifier_expected": "JW x36 on separate line (under J0257)", "modifier_billed": "JW x36 (under J0256)",
    "lots": [{"lot": "KA51F206", "exp": "2026-08-31"}],
    "start": "13:40", "end": None,
}
